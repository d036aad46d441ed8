using System;
using System.Collections.Generic;
using System.Threading;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A layer, as Keras's layer objects are: what the static factories of <see cref="Keras"/> return. Apply it to
    /// tensors (<c>Dense(64).Apply(x)</c>, Keras's <c>Dense(64)(x)</c>), or pass it to a wrapper
    /// (<c>Bidirectional(LSTM(64))</c>) or to <see cref="Sequential.Add(LayerSpec, InputShape)"/>. One object applied twice is one shared
    /// layer: its weights are built by the first application and counted once.
    /// </summary>
    public sealed class LayerSpec
    {
        private static long created;
        private Layer? layer;

        internal LayerSpec(LayerCall call)
        {
            Call = call;
            CreationOrder = Interlocked.Increment(ref created);
        }

        /// <summary>Core's record of the call: Keras class name and arguments.</summary>
        internal LayerCall Call { get; }

        /// <summary>The Keras class the layer is, e.g. <c>LSTM</c>.</summary>
        public string ClassName => Call.ClassName;

        /// <summary>When this layer was made among all layers of the process: Keras names unnamed layers in that order.</summary>
        internal long CreationOrder { get; }

        /// <summary>Keras's counter of made layers, shared with models (a model is named in the same order).</summary>
        internal static long NextCreationOrder() => Interlocked.Increment(ref created);

        /// <summary>
        /// Applies the layer to tensors, as Keras's <c>layer(x)</c> or <c>layer([a, b])</c>: a merge or an attention
        /// layer takes several. Throws <see cref="KerasModelException"/> where Keras would refuse.
        /// </summary>
        public Tensor Apply(params Tensor[] inputs)
        {
            if (inputs == null) throw Keras.NullArgument(ClassName, "inputs");
            return Apply(Tensor.Flatten(inputs, ClassName));
        }

        /// <summary>Applies the layer to one tensor (or the several outputs it holds): the tensors' layer methods, without a params array.</summary>
        internal Tensor ApplyTo(Tensor input)
        {
            if (input == null) throw Keras.NullArgument(ClassName, "inputs");
            return Apply(input.Tensors);
        }

        private Tensor Apply(IReadOnlyList<KerasTensor> flat)
        {
            Layer core;
            try
            {
                core = CoreLayer();
            }
            catch (KerasModelException e)
            {
                // Arguments are checked when the layer is first applied; the refusal names it as the graph will.
                throw GraphBuilder.InContext(e, Call, CreationOrder, flat);
            }
            return new Tensor(GraphBuilder.Apply(core, Call, flat));
        }

        /// <summary>The Core layer, made on first use (its arguments checked then).</summary>
        private Layer CoreLayer()
        {
            // Made without a lock: two threads racing make two equal layers, and the first stored is the one kept.
            var made = Volatile.Read(ref layer);
            if (made != null) return made;
            made = GraphBuilder.Create(Call, CreationOrder);
            return Interlocked.CompareExchange(ref layer, made, null) ?? made;
        }

        /// <summary>The class and the arguments given, as Keras's config holds them: <c>LSTM(units=64, ...)</c>.</summary>
        public override string ToString() => Call.ToString();
    }
}
