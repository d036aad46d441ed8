using System.Text.RegularExpressions;

namespace KerasDsl.Core
{
    internal static class Naming
    {
        private static readonly Regex NonWord = new Regex(@"\W+", RegexOptions.CultureInvariant);
        private static readonly Regex UpperWord = new Regex("(.)([A-Z][a-z]+)", RegexOptions.CultureInvariant);
        private static readonly Regex LowerUpper = new Regex("([a-z])([A-Z])", RegexOptions.CultureInvariant);

        /// <summary>Keras's to_snake_case (keras/src/utils/naming.py): MaxPooling2D → max_pooling2d, SimpleRNN → simple_rnn.</summary>
        public static string ToSnakeCase(string name)
        {
            name = NonWord.Replace(name, "");
            name = UpperWord.Replace(name, "$1_$2");
            return LowerUpper.Replace(name, "$1_$2").ToLowerInvariant();
        }

        /// <summary>Keras JSON's snake_case field → KerasDsl's camelCase argument: return_sequences → returnSequences.</summary>
        public static string ToCamelCase(string snake)
        {
            var parts = snake.Split('_');
            var sb = new System.Text.StringBuilder(parts[0]);
            for (int i = 1; i < parts.Length; i++)
                if (parts[i].Length > 0) sb.Append(char.ToUpperInvariant(parts[i][0])).Append(parts[i].Substring(1));
            return sb.ToString();
        }
    }
}
