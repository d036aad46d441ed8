using System;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// An option whose Keras None is not C#'s null: Bidirectional's <c>merge_mode=None</c> (two outputs) and
    /// TextVectorization's <c>split=None</c> (strings not split) change the model, where C#'s null means "not given". The
    /// runtime types them (<c>MergeMode</c>, <c>TextSplit</c>: Keras's strings, named members, and <c>X.None</c> for Keras's
    /// None) and refuses a null. One definition of each, read by the runtime's struct and by the compiler's interpreter
    /// alike: its members' records, its default, and the refusal of a null.
    /// </summary>
    internal sealed class KeywordOption
    {
        public static readonly KeywordOption MergeMode = new KeywordOption("MergeMode", "mergeMode", "merge_mode", Bidirectional.Type.ClassName,
            new[] { ("Concat", "concat"), ("Sum", "sum"), ("Mul", "mul"), ("Ave", "ave") },
            noneMeans: "the forward and backward outputs apart", noneFor: "two outputs");

        public static readonly KeywordOption TextSplit = new KeywordOption("TextSplit", "split", "split", TextVectorization.Type.ClassName,
            new[] { ("Whitespace", "whitespace"), ("Character", "character") },
            noneMeans: "strings not split, which changes the output's shape", noneFor: "no splitting");

        /// <summary>The option a runtime type spells, by the type's name; null for any other type.</summary>
        public static KeywordOption? ForType(string typeName) =>
            typeName == MergeMode.TypeName ? MergeMode : typeName == TextSplit.TypeName ? TextSplit : null;

        private readonly (string Member, ArgValue Record)[] members;
        private readonly string kerasArgument, layerClass, noneMeans, noneFor;

        private KeywordOption(string typeName, string argument, string kerasArgument, string layerClass, (string Member, string Keras)[] members,
            string noneMeans, string noneFor)
        {
            TypeName = typeName;
            Argument = argument;
            this.kerasArgument = kerasArgument;
            this.layerClass = layerClass;
            this.members = members.Select(m => (m.Member, ArgValue.Of(m.Keras))).ToArray();
            this.noneMeans = noneMeans;
            this.noneFor = noneFor;
        }

        /// <summary>The runtime type's name: <c>MergeMode</c>, <c>TextSplit</c>.</summary>
        public string TypeName { get; }

        /// <summary>The C# argument it is given as: <c>mergeMode</c>, <c>split</c>.</summary>
        public string Argument { get; }

        /// <summary>Keras's default, what <c>default</c> (the argument left out) records: the first member's string.</summary>
        public ArgValue Default => members[0].Record;

        /// <summary>
        /// The record of the runtime's static member <paramref name="member"/>: Keras's string, or a null for <c>None</c>
        /// (Keras's None, as its config writes it); null for a name that is none of them.
        /// </summary>
        public ArgValue? Member(string member)
        {
            if (member == "None") return ArgValue.Null;
            foreach (var (name, record) in members)
                if (name == member) return record;
            return null;
        }

        /// <summary>KD0003 for a null: Keras's None and C#'s "not given" would be read wrongly one way or the other.</summary>
        public KerasModelException NullRefusal()
        {
            var names = members.Select(m => m.Member).ToArray();
            string listed = string.Join(", ", names.Take(names.Length - 1)) + " or " + names[names.Length - 1];
            return new KerasModelException(Diagnostics.UnknownOption, layerClass,
                $"got null for {Argument}: expected {TypeName}.{listed} (or Keras's string), or {TypeName}.None for Keras's {kerasArgument}=None " +
                $"({noneMeans}). Pass {TypeName}.None for {noneFor}, or leave {Argument} out for \"{Default.Text}\", Keras's default.",
                argument: Argument);
        }
    }
}
