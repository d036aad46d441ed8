using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KerasDsl.Analyzers.Models;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// One generated file name per [KerasModel] member, e.g. <c>Seed.Models-SeedModels.Mlp.882208.KerasModel.g.cs</c>:
    /// the namespace, <c>-</c>, the containing types (<c>_T2</c> for two type parameters) and the member, dot-separated;
    /// then the case of their letters; then <c>.KerasModel.g.cs</c>.
    /// <para>
    /// Roslyn compares hint names ignoring case (CS8785 for <c>Encoder</c> and <c>encoder</c>, and the generator then
    /// adds nothing at all), so a hint name must determine the member even read without case. It does, by construction:
    /// the readable part is reversible ('_' doubles, '.' only between namespace parts, any character other than an ASCII
    /// letter or digit becomes <c>_xHHHH</c>, and <c>-</c> marks where the namespace ends, so a namespace never reads as
    /// a type), and what reading it without case loses, which of its ASCII letters are upper case, is the hex segment:
    /// one bit per letter, in order, 1 for upper case, four to a hex digit (<c>882208</c> above, for its 23 letters). A name
    /// depends on its own member alone, so it is stable from build to build, whatever else the project holds.
    /// </para>
    /// </summary>
    internal static class HintNames
    {
        /// <summary>What every model's file name ends with; the model list's name (<see cref="ModelList"/>) does not.</summary>
        public const string Suffix = ".KerasModel.g.cs";

        /// <summary>The file of <see cref="ModelListEmitter"/>.</summary>
        public const string ModelList = "KerasDsl.Generated.KerasModels.g.cs";

        /// <param name="ns">The namespace, dotted, with or without <c>@</c> before keywords; null for the global namespace.</param>
        /// <param name="containingTypes">Outermost first; their names with or without <c>@</c>.</param>
        /// <param name="memberName">The member's name as declared (<c>@</c> or not).</param>
        public static string For(string? ns, IReadOnlyList<ContainingTypeInfo> containingTypes, string memberName)
        {
            var sb = new StringBuilder();
            if (ns != null)
            {
                var parts = ns.Split('.');
                for (int i = 0; i < parts.Length; i++)
                {
                    if (i > 0) sb.Append('.');
                    Append(sb, parts[i]);
                }
                sb.Append('-');
            }
            foreach (var type in containingTypes)
            {
                Append(sb, type.Name);
                int arity = Arity(type.TypeParameters);
                if (arity > 0) sb.Append("_T").Append(arity.ToString(CultureInfo.InvariantCulture));
                sb.Append('.');
            }
            Append(sb, memberName);
            return sb.Append('.').Append(CaseOf(ns, containingTypes, memberName)).Append(Suffix).ToString();
        }

        /// <summary>The same from the parser's record of the member.</summary>
        public static string For(ModelTargetInfo target) => For(target.Namespace, target.ContainingTypes, target.MemberName);

        /// <summary>A name without its <c>@</c>, reversibly: ASCII letters and digits as they are, '_' doubled, the rest _xHHHH.</summary>
        private static void Append(StringBuilder sb, string name)
        {
            foreach (char c in Bare(name))
            {
                if (c == '_') sb.Append("__");
                else if (IsAsciiLetter(c) || (c >= '0' && c <= '9')) sb.Append(c);
                else sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        /// <summary>
        /// The bits of the names' ASCII letters, in the order <see cref="For(string?, IReadOnlyList{ContainingTypeInfo}, string)"/>
        /// writes them, 1 for upper case, as lower-case hex of a fixed width (one digit per four letters, at least one).
        /// </summary>
        private static string CaseOf(string? ns, IReadOnlyList<ContainingTypeInfo> containingTypes, string memberName)
        {
            var letters = new List<bool>();
            void Add(string name)
            {
                foreach (char c in Bare(name))
                    if (IsAsciiLetter(c)) letters.Add(c <= 'Z');
            }
            if (ns != null) Add(ns);
            foreach (var type in containingTypes) Add(type.Name);
            Add(memberName);

            int digits = letters.Count == 0 ? 1 : (letters.Count + 3) / 4;
            var hex = new StringBuilder(digits);
            for (int d = 0; d < digits; d++)
            {
                int nibble = 0;
                for (int bit = 0; bit < 4; bit++)
                {
                    int index = d * 4 + bit;
                    nibble = (nibble << 1) | (index < letters.Count && letters[index] ? 1 : 0);
                }
                hex.Append("0123456789abcdef"[nibble]);
            }
            return hex.ToString();
        }

        /// <summary>The number of type parameters in <c>&lt;in T, U&gt;</c>: its commas plus one, or 0 for "".</summary>
        private static int Arity(string typeParameters)
        {
            if (typeParameters.Length == 0) return 0;
            int arity = 1;
            foreach (char c in typeParameters) if (c == ',') arity++;
            return arity;
        }

        private static string Bare(string name) => name.Replace("@", "");

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
