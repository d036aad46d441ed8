using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>One named argument of a layer call. Names are the C# (camelCase) parameter names.</summary>
    internal sealed class Arg : IEquatable<Arg>
    {
        public Arg(string name, ArgValue value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }
        public ArgValue Value { get; }

        // Shared records (a parameter left at its default has one Arg for every call) compare by reference first.
        public bool Equals(Arg? other) => ReferenceEquals(this, other) || (other is object && Name == other.Name && Value.Equals(other.Value));
        public override bool Equals(object? obj) => Equals(obj as Arg);
        /// <summary>Computed once (0: not yet), as <see cref="LayerCall"/>'s: a shared default is hashed in every call that has it.</summary>
        private int hash;

        public override int GetHashCode()
        {
            if (hash == 0) hash = (Name.GetHashCode() * 31 + Value.GetHashCode()) | 1;
            return hash;
        }

        public override string ToString() => Name + "=" + Value;
    }

    /// <summary>
    /// A layer as written: its Keras class name and its arguments by (camelCase) name.
    /// The record all three callers hand to Core: the builder's methods, the analyzer's
    /// constant evaluation of a call chain, the CLI's Keras JSON reader.
    /// </summary>
    internal sealed class LayerCall : IEquatable<LayerCall>
    {
        public LayerCall(string className, EquatableArray<Arg> args)
        {
            ClassName = className;
            Args = args;
            int depth = 1;
            foreach (var a in args)
                if (a.Value.Layer != null && a.Value.Layer.Depth + 1 > depth) depth = a.Value.Layer.Depth + 1;
            Depth = depth;
        }

        /// <summary>How deeply layers are written inside layers here: 1 for a plain layer, 2 for Bidirectional(LSTM(...)).</summary>
        public int Depth { get; }

        /// <summary>The deepest nesting of wrappers a model takes; Keras's own models nest two or three.</summary>
        public const int MaxNesting = 32;

        /// <summary>KD0002 when wrappers are nested deeper than <see cref="MaxNesting"/>: the walks over a call stay bounded.</summary>
        public static void CheckNesting(LayerCall call, string layerName)
        {
            if (call.Depth > MaxNesting)
                throw new KerasModelException(Diagnostics.InvalidArgument, layerName,
                    $"has layers nested {call.Depth} deep inside it: expected at most {MaxNesting} (a wrapper of a wrapper of ...). " +
                    "Nest fewer wrappers; apply the layers one after another instead.", argument: "layer");
        }

        public LayerCall(string className, params Arg[] args)
            : this(className, new EquatableArray<Arg>(args))
        {
        }

        public string ClassName { get; }
        public EquatableArray<Arg> Args { get; }

        public ArgValue? Find(string name)
        {
            // The runtime's wrappers and the layers that read the arguments name them with the same literals, one
            // string object each: a pass comparing references finds them without comparing characters (a layer reads
            // each of its arguments, and most calls have ten or so). Names read from JSON are other objects: the
            // second pass compares them by value.
            foreach (var a in Args) if ((object)a.Name == name) return a.Value;
            foreach (var a in Args) if (a.Name == name) return a.Value;
            return null;
        }

        public bool Equals(LayerCall? other) =>
            ReferenceEquals(this, other) ||
            (other is object && GetHashCode() == other.GetHashCode() && ClassName == other.ClassName && Args.Equals(other.Args));

        public override bool Equals(object? obj) => Equals(obj as LayerCall);

        /// <summary>
        /// Computed once: a chain's calls are hashed each time the compiler's caches look a chain up (the evaluation
        /// cache, the generator's pipeline), and a call is immutable. 0 means not yet computed.
        /// </summary>
        private int hash;

        public override int GetHashCode()
        {
            if (hash == 0) hash = (ClassName.GetHashCode() * 31 + Args.GetHashCode()) | 1;
            return hash;
        }
        public override string ToString() => ClassName + "(" + string.Join(", ", (IEnumerable<Arg>)Args) + ")";
    }
}
