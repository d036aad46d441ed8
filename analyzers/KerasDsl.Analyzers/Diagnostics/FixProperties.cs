namespace KerasDsl.Analyzers.Diagnostics
{
    /// <summary>
    /// The keys and values of the diagnostic properties that tell the code fixes (analyzers/KerasDsl.CodeFixes, which
    /// compiles this file in too) what to do. The analyzer computes them (from Core's refusal, or from the operation it
    /// reports), so a fix never re-derives the answer from the source: a diagnostic without <see cref="Fix"/> has no fix.
    /// Where a fix edits code elsewhere than the diagnostic's location (the recurrent layer upstream, the variable to
    /// assign), that place is the diagnostic's first additional location.
    /// </summary>
    internal static class FixProperties
    {
        /// <summary>Which fix applies: one of the values below.</summary>
        public const string Fix = "KerasDsl.Fix";

        /// <summary>The argument to edit (its C# parameter name), for <see cref="ReplaceOption"/> and <see cref="Rename"/>.</summary>
        public const string Argument = "KerasDsl.Argument";

        /// <summary>The value the source has now (a string to replace); for <see cref="DoubleOperand"/>, the new left operand's text.</summary>
        public const string Value = "KerasDsl.Value";

        /// <summary>The i-th choice, best first (<see cref="ChoiceKey"/>): an option name, a free layer name, a layer method to insert.</summary>
        public const string Choice = "KerasDsl.Choice";

        public static string ChoiceKey(int index) => Choice + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>KD0001: add <c>returnSequences: true</c> to the layer call at the additional location.</summary>
        public const string ReturnSequences = "ReturnSequences";

        /// <summary>KD0001: insert a choice (<c>Flatten</c>, or <c>TimeDistributed/Flatten</c> for <c>TimeDistributed(Flatten())</c>) before the call.</summary>
        public const string InsertLayer = "InsertLayer";

        /// <summary>KD0003: replace the string <see cref="Value"/> given to <see cref="Argument"/> with a choice.</summary>
        public const string ReplaceOption = "ReplaceOption";

        /// <summary>KD0005: replace the name <see cref="Value"/> with the choice, in the call at the additional location if any, else at the diagnostic.</summary>
        public const string Rename = "Rename";

        /// <summary>KD0021: assign the statement's value to the variable at the additional location (<c>model = model.Add(...);</c>).</summary>
        public const string Assign = "Assign";

        /// <summary>KD0022: replace the division's left operand with <see cref="Value"/> (<c>1.0</c>, or <c>(double)n</c>).</summary>
        public const string DoubleOperand = "DoubleOperand";
    }
}
