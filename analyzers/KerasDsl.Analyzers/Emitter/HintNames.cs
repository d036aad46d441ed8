using System.Globalization;
using System.Text;
using KerasDsl.Analyzers.Models;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// One generated file name per [KerasModel] member: <c>Ns.Outer_1.Inner.Member.KerasModel.g.cs</c>.
    /// Names are escaped reversibly ('_' doubles, other non-alphanumerics become _xHHHH) and a
    /// namespace cannot share a full name with a type, so two members never share a file name.
    /// </summary>
    internal static class HintNames
    {
        public static string For(ModelTargetInfo target)
        {
            var sb = new StringBuilder();
            if (target.Namespace != null) Append(sb, target.Namespace.Replace("@", ""), keepDots: true).Append('.');
            foreach (var type in target.ContainingTypes)
            {
                Append(sb, type.Name.TrimStart('@'), keepDots: false);
                int arity = type.TypeParameters.Length == 0 ? 0 : type.TypeParameters.Split(',').Length;
                if (arity > 0) sb.Append("_T").Append(arity.ToString(CultureInfo.InvariantCulture));
                sb.Append('.');
            }
            Append(sb, target.MemberName, keepDots: false);
            return sb.Append(".KerasModel.g.cs").ToString();
        }

        private static StringBuilder Append(StringBuilder sb, string name, bool keepDots)
        {
            foreach (char c in name)
            {
                if (c == '_') sb.Append("__");
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (keepDots && c == '.')) sb.Append(c);
                else sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return sb;
        }
    }
}
