using System.Collections.Generic;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    // The interpreter's values of the runtime's objects. Numbers, strings, bools and null are held as boxed CLR values of
    // their C# type (int stays int, so int arithmetic wraps or throws as C# does); everything else is one of these.

    /// <summary>An array or a List: one object that every variable holding it shares, as in C#.</summary>
    internal sealed class ListValue
    {
        public ListValue(List<object?> items, bool isList)
        {
            Items = items;
            IsList = isList;
        }

        public List<object?> Items { get; }
        public bool IsList { get; }
    }

    /// <summary>A C# tuple: a value, copied on assignment (its items are never written in place).</summary>
    internal sealed class TupleValue
    {
        public TupleValue(object?[] items) => Items = items;

        public object?[] Items { get; }
    }

    /// <summary>The runtime's <c>Sequential</c>: Core's model, and the layer it becomes when applied to a tensor (made once per object).</summary>
    internal sealed class SequentialValue
    {
        public SequentialValue(SequentialModel model, Models.SourceSpan root)
        {
            Model = model;
            Root = root;
        }

        public SequentialModel Model { get; }

        /// <summary>Where its <c>Sequential()</c> call is (for its tooltip), or none when made in a helper.</summary>
        public Models.SourceSpan Root { get; }
        public ModelLayer? AsLayer { get; set; }
    }

    /// <summary>The runtime's functional <c>Model</c>.</summary>
    internal sealed class ModelValue
    {
        public ModelValue(FunctionalModel model) => Model = model;

        public FunctionalModel Model { get; }
        public ModelLayer? AsLayer { get; set; }
    }

    /// <summary>The runtime's <c>LayerSpec</c>: a layer object, made by a factory, whose Core layer is built on its first application.</summary>
    internal sealed class LayerValue
    {
        public LayerValue(LayerCall call, long creationOrder, Program.Op origin)
        {
            Call = call;
            CreationOrder = creationOrder;
            Origin = origin;
        }

        /// <summary>The factory call that made it: where a refusal of the layer is reported when Add appends it.</summary>
        public Program.Op Origin { get; }

        public LayerCall Call { get; }
        public long CreationOrder { get; }
        public Layer? Core { get; set; }
    }

    /// <summary>
    /// The runtime's <c>Initializer</c>, <c>Regularizer</c> or <c>Constraint</c> made by a factory of <c>Keras</c>
    /// (<c>HeNormal(seed: 1)</c>): the Keras class and its constructor's arguments, which Core checks where a layer takes it.
    /// A name given as a string stays the string, as the runtime's implicit conversion keeps it.
    /// </summary>
    internal sealed class KerasObjectValue
    {
        public KerasObjectValue(LayerCall call) => Call = call;

        public LayerCall Call { get; }
    }

    /// <summary>
    /// A runtime argument struct made from a null string (<c>mergeMode: null</c>, <c>kernelInitializer: (string?)null</c>):
    /// most structs read it as <c>default</c> (null), MergeMode refuses it (KD0003), so it is kept apart from null.
    /// </summary>
    internal sealed class NullString
    {
        public static readonly NullString Value = new NullString();

        private NullString()
        {
        }

        public override string ToString() => "null";
    }

    /// <summary>A runtime argument struct whose Core record is known: a static member such as <c>MergeMode.None</c>.</summary>
    internal sealed class ArgRecordValue
    {
        public ArgRecordValue(ArgValue record) => Record = record;

        public ArgValue Record { get; }
    }

    /// <summary>The runtime's <c>Tensor</c>: one symbolic tensor, or a layer's several outputs.</summary>
    internal sealed class TensorValue
    {
        public TensorValue(IReadOnlyList<KerasTensor> tensors) => Tensors = tensors;

        public IReadOnlyList<KerasTensor> Tensors { get; }
    }
}
