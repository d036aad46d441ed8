using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>One named argument of a layer call. Names are the C# (camelCase) parameter names.</summary>
    public sealed class Arg : IEquatable<Arg>
    {
        public Arg(string name, ArgValue value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }
        public ArgValue Value { get; }

        public bool Equals(Arg? other) => other is object && Name == other.Name && Value.Equals(other.Value);
        public override bool Equals(object? obj) => Equals(obj as Arg);
        public override int GetHashCode() => Name.GetHashCode() * 31 + Value.GetHashCode();
        public override string ToString() => Name + "=" + Value;
    }

    /// <summary>
    /// A layer as written: its Keras class name and its arguments by (camelCase) name.
    /// The record all three callers hand to Core: the builder's methods, the analyzer's
    /// constant evaluation of a call chain, the CLI's Keras JSON reader.
    /// </summary>
    public sealed class LayerCall : IEquatable<LayerCall>
    {
        public LayerCall(string className, EquatableArray<Arg> args)
        {
            ClassName = className;
            Args = args;
        }

        public LayerCall(string className, params Arg[] args)
            : this(className, new EquatableArray<Arg>(args))
        {
        }

        public string ClassName { get; }
        public EquatableArray<Arg> Args { get; }

        public ArgValue? Find(string name)
        {
            foreach (var a in Args) if (a.Name == name) return a.Value;
            return null;
        }

        public bool Equals(LayerCall? other) => other is object && ClassName == other.ClassName && Args.Equals(other.Args);
        public override bool Equals(object? obj) => Equals(obj as LayerCall);
        public override int GetHashCode() => ClassName.GetHashCode() * 31 + Args.GetHashCode();
        public override string ToString() => ClassName + "(" + string.Join(", ", (IEnumerable<Arg>)Args) + ")";
    }
}
