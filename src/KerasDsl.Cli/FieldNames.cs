using System.Collections.Concurrent;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// Config field names in camelCase (<see cref="Naming.ToCamelCase"/>), each converted once: a large model repeats the
/// same few dozen names (units, activation, kernel_initializer, ...) in every layer.
/// </summary>
internal static class FieldNames
{
    /// <summary>Past this many names (a file of made-up fields), conversions are no longer kept.</summary>
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string CamelCase(string field)
    {
        if (Cache.TryGetValue(field, out var camel)) return camel;
        camel = field.IndexOf('_') < 0 ? field : Naming.ToCamelCase(field);
        if (Cache.Count < Capacity) Cache.TryAdd(field, camel);
        return camel;
    }
}
