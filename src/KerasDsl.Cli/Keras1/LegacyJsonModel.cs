using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Keras1;

/// <summary>
/// Reads a legacy file (<see cref="LegacyFormat"/>): converts it as Keras 2 reads it (<see cref="LegacyConverter"/>)
/// and reads the result as any Keras 2 JSON; the model it returns names the file's own fields in its refusals and
/// adds KD0029, which says the file was converted and what was assumed. What is not converted is KD0028.
/// </summary>
internal static class LegacyReader
{
    public static KerasJsonModel Read(JsonElement model, string prefix, LegacyEvidence evidence, JsonDialect? dialect)
    {
        LegacyConversion conversion;
        try
        {
            conversion = LegacyConverter.Convert(model, prefix, evidence);
        }
        catch (LegacyRefusalException e)
        {
            return new RefusedLegacyModel(e.Refusal);
        }
        catch (ArgumentException) when (RepeatedField(model, prefix.TrimEnd('.')) is { } repeated)
        {
            // JSON lets an object repeat a field; the converter's tree cannot hold both, and Keras would keep the last.
            throw new KerasJsonException(repeated, "repeats a field of the same object: keep one of them.");
        }

        using var document = JsonDocument.Parse(conversion.Model.ToJsonString(), new JsonDocumentOptions { MaxDepth = 256 });
        KerasJsonModel inner;
        try
        {
            inner = KerasJsonReader.ReadModel(document.RootElement, prefix, dialect);
        }
        catch (KerasJsonException e)
        {
            throw new KerasJsonException(conversion.Map.Translate(e.Path), e.Detail);
        }
        return new LegacyJsonModel(inner, conversion.Map, Notice(evidence, conversion.Notes), evidence.Path);
    }

    /// <summary>The path of the first field that an object of the document repeats, or null.</summary>
    private static string? RepeatedField(JsonElement root, string rootPath)
    {
        var stack = new Stack<(JsonElement Element, JsonPath Path)>();
        stack.Push((root, JsonPath.Of(rootPath)));
        while (stack.Count > 0)
        {
            var (element, path) = stack.Pop();
            if (element.ValueKind == JsonValueKind.Object)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in element.EnumerateObject())
                {
                    if (!seen.Add(field.Name)) return path.Field(field.Name).ToString();
                    stack.Push((field.Value, path.Field(field.Name)));
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var item in element.EnumerateArray()) stack.Push((item, path.Item(i++)));
            }
        }
        return null;
    }

    /// <summary>KD0029's words after the model's name.</summary>
    private static string Notice(LegacyEvidence evidence, IReadOnlyList<string> notes)
    {
        string what = evidence.Kind == LegacyKind.Keras1
            ? $"is a Keras 1 model ({evidence.What}), read as Keras 2 reads it: its Keras 1 layer classes and arguments converted by Keras 2's " +
              "legacy interfaces (keras 2.1.6, keras/legacy/interfaces.py)"
            : $"has what only Keras 2.0-2.1 wrote ({evidence.What}), read as Keras 2 reads it";
        return what + (notes.Count == 0 ? "." : "; " + string.Join("; ", notes) + ".");
    }
}

/// <summary>A converted legacy model: the Keras 2 model read from the conversion, its paths translated back to the file's.</summary>
internal sealed class LegacyJsonModel : KerasJsonModel
{
    private readonly PathMap map;
    private readonly string notice;
    private readonly string noticePath;

    public LegacyJsonModel(KerasJsonModel inner, PathMap map, string notice, string noticePath)
        : base(inner.Name)
    {
        Inner = inner;
        this.map = map;
        this.notice = notice;
        this.noticePath = noticePath;
    }

    /// <summary>The model read from the converted document (its paths are the converted document's).</summary>
    public KerasJsonModel Inner { get; }

    /// <summary>Refusals reworded here (<see cref="InFileTerms"/>), with their paths in the file.</summary>
    private readonly Dictionary<KerasModelException, string?> reworded = new(ReferenceEqualityComparer.Instance);

    public override KerasJsonResult Count()
    {
        KerasJsonResult result;
        try
        {
            result = Inner.Count();
        }
        catch (KerasJsonException e)
        {
            throw new KerasJsonException(map.Translate(e.Path), e.Detail);
        }
        catch (KerasModelException e)
        {
            throw InFileTerms(e);
        }
        var warnings = new List<(ModelWarning, string?)>(result.Warnings.Count + 1)
        {
            (new ModelWarning(Diagnostics.LegacyModelConverted, result.Summary.Name, -1, notice), noticePath),
        };
        foreach (var (warning, path) in result.Warnings) warnings.Add((warning, path == null ? null : map.Translate(path)));
        return result with { Warnings = warnings };
    }

    public override string? PathOf(KerasModelException error) =>
        reworded.TryGetValue(error, out var path) ? path : Inner.PathOf(error) is { } converted ? map.Translate(converted) : null;

    /// <summary>
    /// A refusal about a field the conversion renamed (Core says units; the file says output_dim): the same refusal,
    /// with the file's name for the field said, so that its fix can be followed in the file.
    /// </summary>
    private KerasModelException InFileTerms(KerasModelException e)
    {
        string? converted = Inner.PathOf(e);
        if (converted == null) return e;
        string original = map.Translate(converted);
        string convertedField = LastField(converted), originalField = LastField(original);
        if (convertedField.Length == 0 || originalField.Length == 0 || convertedField == originalField) return e;
        var renamed = e.WithDetail(e.Detail + $" (The file writes it as {originalField}, the Keras 1 name of {convertedField}.)");
        reworded[renamed] = original;
        return renamed;
    }

    /// <summary>The field a path ends with (<c>config[7].config.output_dim</c> → output_dim), or "" when it ends with an index.</summary>
    private static string LastField(string path)
    {
        int dot = path.LastIndexOf('.');
        string last = dot < 0 ? path : path.Substring(dot + 1);
        return last.IndexOf('[') >= 0 ? "" : last;
    }

    internal override IKerasModel Build(BuildContext context) => Inner.Build(context);
}

/// <summary>A legacy file that is not converted: counting it is KD0028 at the field that cannot be.</summary>
internal sealed class RefusedLegacyModel : KerasJsonModel
{
    private readonly LegacyRefusal refusal;

    public RefusedLegacyModel(LegacyRefusal refusal)
        : base(refusal.LayerName ?? "model")
    {
        this.refusal = refusal;
    }

    private KerasModelException Refusal() => new(Diagnostics.LegacyModelRefused, refusal.LayerName, refusal.Detail);

    public override KerasJsonResult Count() => throw Refusal();

    public override string? PathOf(KerasModelException error) => error.Id == Diagnostics.LegacyModelRefusedId ? refusal.Path : null;

    internal override IKerasModel Build(BuildContext context) => throw context.Record(Refusal(), refusal.Path);
}
