namespace KerasDsl.Analyzers
{
    internal static class Placeholder
    {
    }
}
