namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>What the runtime says about a model: the compile-time diagnostics must say the same.</summary>
internal static class Runtime
{
    /// <summary>The message of the <see cref="KerasModelException"/> the runtime throws, checking its ID.</summary>
    public static string Refusal(string id, Func<object> build)
    {
        var e = Assert.Throws<KerasModelException>(build);
        Assert.Equal(id, e.Id);
        return e.Message;
    }
}
