using System;

namespace KerasDsl.Analyzers
{
    /// <summary>
    /// The generator and analyzer swallow unexpected exceptions rather than break the user's build
    /// (CS8785) or show AD0001. Swallowed, they would also hide bugs from the tests: the robustness
    /// tests set <see cref="Observer"/> to see every one.
    /// </summary>
    internal static class UnexpectedExceptions
    {
        internal static Action<Exception>? Observer;

        internal static void Swallowed(Exception e) => Observer?.Invoke(e);
    }
}
