using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// A Keras model read from JSON, Sequential (<see cref="SequentialJsonModel"/>) or functional
/// (<see cref="FunctionalJsonModel"/>), with where each of its parts came from in the JSON so that Core's refusals can
/// name the field at fault (<c>config.layers[3].config.units</c>). Evaluating it builds the model in Core, as the C# API
/// builds it: a Sequential through <see cref="SequentialModel"/>, a graph through <see cref="GraphBuilder"/> and
/// <see cref="FunctionalModel"/>.
/// </summary>
internal abstract class KerasJsonModel
{
    private protected KerasJsonModel(string name)
    {
        Name = name;
    }

    /// <summary>The model's name (<c>config.name</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// Builds the model in Core and summarizes it. Throws <see cref="KerasModelException"/> for a model Keras would
    /// refuse (or that KerasDsl cannot count exactly, KD0018), and <see cref="KerasJsonException"/> for a reference in
    /// the graph that names no tensor (an output index a layer does not have, nodes that need each other).
    /// </summary>
    public abstract KerasJsonResult Count();

    /// <summary>The JSON path of what a refusal of the last <see cref="Count"/> is about; null for the model as a whole.</summary>
    public abstract string? PathOf(KerasModelException error);

    /// <summary>Builds the model as a layer of another one (nested models), its creation orders taken from <paramref name="context"/>.</summary>
    internal abstract IKerasModel Build(BuildContext context);
}

/// <summary>A counted model: its summary, its warnings with their JSON paths, and whether it is a graph (functional).</summary>
internal sealed record KerasJsonResult(ModelSummary Summary, IReadOnlyList<(ModelWarning Warning, string? Path)> Warnings, bool IsGraph);

/// <summary>
/// What one evaluation shares with the models nested in it: Keras's order of making layers and models (names of unnamed
/// layers follow it), and the JSON path of each refusal, recorded where it was thrown (a nested model's own paths).
/// </summary>
internal sealed class BuildContext
{
    private long order;
    private readonly Dictionary<KerasModelException, string?> paths = new(ReferenceEqualityComparer.Instance);

    /// <summary>The next layer or model made, in Keras's order of making them.</summary>
    public long NextOrder() => ++order;

    /// <summary>Records where a refusal is (the first record of an exception wins: the innermost knows best) and returns it.</summary>
    public KerasModelException Record(KerasModelException error, string? path)
    {
        paths.TryAdd(error, path);
        return error;
    }

    public bool TryGetPath(KerasModelException error, out string? path) => paths.TryGetValue(error, out path);
}

/// <summary>
/// A Sequential model as Core's layer calls (<c>config.layers</c>, the leading InputLayer left out), with each call's
/// JSON path.
/// </summary>
internal sealed class SequentialJsonModel : KerasJsonModel
{
    private readonly IReadOnlyList<LayerSource> sources;
    private readonly UnsupportedField? inputUnsupported;
    private readonly IReadOnlyList<KerasJsonModel?> nested;
    private readonly LayerCall? inputCall;
    private readonly string? inputPath;
    private BuildContext? lastContext;

    internal SequentialJsonModel(string name, IReadOnlyList<LayerCall> calls, IReadOnlyList<LayerSource> sources, string layersPath,
        UnsupportedField? inputUnsupported = null, IReadOnlyList<KerasJsonModel?>? nested = null, LayerCall? inputCall = null, string? inputPath = null)
        : base(name)
    {
        Calls = calls;
        this.sources = sources;
        LayersPath = layersPath;
        this.inputUnsupported = inputUnsupported;
        this.nested = nested ?? new KerasJsonModel?[calls.Count];
        this.inputCall = inputCall;
        this.inputPath = inputPath;
    }

    /// <summary>
    /// The layers as Core's calls, the leading InputLayer left out; the first carries <c>input</c>. A model used as a
    /// layer is a call of its class and name only; it is built from its own JSON when the model is evaluated.
    /// </summary>
    public IReadOnlyList<LayerCall> Calls { get; }

    /// <summary>The JSON path of the layer list, e.g. <c>config.layers</c>.</summary>
    public string LayersPath { get; }

    /// <summary>
    /// Evaluates the model in Core, as <see cref="SequentialModel.FromCalls"/> does, layer by layer so that every
    /// refusal carries the index of its layer (an unknown class is refused before Core knows the index).
    /// A layer with a config field KerasDsl does not model (<see cref="KerasConfigFields"/>) is refused with
    /// KD0018, also when Core would refuse it for another reason: what Core says of it cannot be trusted.
    /// </summary>
    public SequentialModel Evaluate() => Evaluate(null);

    public override KerasJsonResult Count()
    {
        var model = Evaluate();
        var summary = model.Summarize();
        var warnings = model.Warnings.Select(w => (w, PathOfLayer(w.LayerIndex))).ToList();
        return new KerasJsonResult(summary, warnings, IsGraph: false);
    }

    internal override IKerasModel Build(BuildContext context)
    {
        try
        {
            return Evaluate(context);
        }
        catch (KerasModelException e)
        {
            throw context.Record(e, PathOf(e));
        }
    }

    /// <summary>
    /// The chain; with a context (a Sequential nested in a functional model) the model and its layers take their
    /// creation orders from it, as Keras's from_config makes the model first and then each layer. Keras's from_config
    /// does not read a Sequential's <c>trainable</c> (keras/src/models/sequential.py), so neither does this.
    /// </summary>
    private SequentialModel Evaluate(BuildContext? context)
    {
        if (inputUnsupported is { } input)
            throw new KerasModelException(Diagnostics.UnsupportedConfigField, input.LayerName, input.Detail);
        var model = context == null ? SequentialModel.Empty(Name) : SequentialModel.Empty(Name, true, context.NextOrder());
        // A model nested here is built with a context, which records where its own refusals are.
        var nestedContext = context ?? (lastContext = nested.Any(n => n != null) ? new BuildContext() : null);
        if (inputCall != null)
        {
            try
            {
                model = model.Add(inputCall, nestedContext!.NextOrder());
            }
            catch (KerasModelException e)
            {
                throw nestedContext!.Record(e, inputPath);
            }
        }
        for (int i = 0; i < Calls.Count; i++)
        {
            if (nested[i] is { } inner)
            {
                // The nested model's refusals are recorded with their paths in its own JSON and pass through as they are;
                // the Sequential's refusal of it (an input it cannot take, a name taken) carries this index.
                model = model.Add(inner.Build(nestedContext!));
                continue;
            }
            var unsupported = sources[i].Unsupported;
            try
            {
                model = context == null ? model.Add(Calls[i]) : model.Add(Calls[i], context.NextOrder());
            }
            catch (KerasModelException e) when (unsupported != null)
            {
                throw new KerasModelException(Diagnostics.UnsupportedConfigField, e.LayerName, unsupported.Detail, i);
            }
            catch (KerasModelException e) when (e.LayerIndex < 0)
            {
                throw e.WithLayer(e.LayerName, i);
            }
            if (unsupported != null)
                throw new KerasModelException(Diagnostics.UnsupportedConfigField, model.Nodes[i].Layer.Name, unsupported.Detail, i);
        }
        return model;
    }

    /// <summary>The JSON path of the layer at this index of <see cref="Calls"/>, or null.</summary>
    public string? PathOfLayer(int index) => index >= 0 && index < sources.Count ? sources[index].Path : null;

    /// <summary>The JSON path of what a refusal is about: the field of its argument, else its layer; null for the model.</summary>
    public override string? PathOf(KerasModelException error)
    {
        if (lastContext != null && lastContext.TryGetPath(error, out var recorded)) return recorded;
        if (error.Id == Diagnostics.UnsupportedConfigFieldId && error.LayerIndex < 0) return inputUnsupported?.Path;
        if (error.LayerIndex < 0 || error.LayerIndex >= sources.Count) return null;
        return sources[error.LayerIndex].PathOf(error);
    }
}

/// <summary>
/// Where one layer call came from: its JSON path, its arguments' config fields, its nested layers. A field's path is
/// composed only when a message needs it (<c>config.layers[3].config.units</c>): a large model reads millions of fields.
/// </summary>
internal sealed class LayerSource
{
    /// <summary>Above this many arguments, finding one goes through a dictionary rather than a scan.</summary>
    private const int ScanLimit = 32;

    private readonly List<(string Arg, string Field)> fields;
    private Dictionary<string, string>? byArg;
    private Dictionary<string, string>? fullPaths;
    private Dictionary<string, LayerSource>? nested;

    public LayerSource(string path, string className, int capacity = 0)
    {
        Path = path;
        ClassName = className;
        fields = new List<(string, string)>(capacity);
    }

    public string Path { get; }
    public string ClassName { get; }

    /// <summary>The wrapped layers (Bidirectional's layer and backward_layer), by argument.</summary>
    public IReadOnlyDictionary<string, LayerSource> Nested => (IReadOnlyDictionary<string, LayerSource>?)nested ?? EmptyNested;

    private static readonly Dictionary<string, LayerSource> EmptyNested = new();

    public void AddNested(string argument, LayerSource inner) => (nested ??= new Dictionary<string, LayerSource>(StringComparer.Ordinal))[argument] = inner;

    /// <summary>Records that the argument <paramref name="argument"/> was read from the config field <paramref name="field"/>.</summary>
    public void AddField(string argument, string field)
    {
        fields.Add((argument, field));
        if (byArg != null) byArg[argument] = field;
        else if (fields.Count > ScanLimit)
        {
            byArg = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (a, f) in fields) byArg[a] = f;
        }
    }

    /// <summary>Records an argument whose value came from elsewhere than this layer's config (the model's input shape).</summary>
    public void SetPath(string argument, string fullPath) => (fullPaths ??= new Dictionary<string, string>(StringComparer.Ordinal))[argument] = fullPath;

    /// <summary>The config field an argument was read from, or null.</summary>
    public string? FieldOf(string argument)
    {
        if (byArg != null) return byArg.TryGetValue(argument, out var field) ? field : null;
        foreach (var (a, f) in fields)
            if (a == argument) return f;
        return null;
    }

    /// <summary>The JSON path of a config field of this layer.</summary>
    public string FieldPath(string field) => Path + ".config." + field;

    /// <summary>The JSON path an argument of this layer was read from, or null.</summary>
    public string? ArgPath(string argument)
    {
        if (fullPaths != null && fullPaths.TryGetValue(argument, out var full)) return full;
        return FieldOf(argument) is { } field ? FieldPath(field) : null;
    }

    /// <summary>The first config field, of this layer or a nested one, that KerasDsl does not model; null when none.</summary>
    public UnsupportedField? Unsupported { get; set; }

    /// <summary>The JSON path of what a refusal of this layer is about: the field of its argument, else the layer.</summary>
    public string PathOf(KerasModelException error)
    {
        if (error.Id == Diagnostics.UnsupportedConfigFieldId) return Unsupported?.Path ?? Path;
        if (error.Id == Diagnostics.UnknownLayerClassId) return UnknownClassPath() ?? Path + ".class_name";
        string? argument = error.Argument ?? (error.Id == Diagnostics.DuplicateLayerNameId ? "name" : null);
        return (argument == null ? null : FindArgument(argument)) ?? Path;
    }

    /// <summary>The layer's own field first, then its nested layers' (a wrapper's error may be its inner layer's).</summary>
    public string? FindArgument(string argument)
    {
        if (ArgPath(argument) is { } path) return path;
        foreach (var inner in Nested.Values)
            if (inner.FindArgument(argument) is { } found) return found;
        return null;
    }

    public string? UnknownClassPath()
    {
        if (!LayerCatalog.TryGet(ClassName, out _)) return Path + ".class_name";
        foreach (var inner in Nested.Values)
            if (inner.UnknownClassPath() is { } found) return found;
        return null;
    }
}

/// <summary>A config field KerasDsl does not model: where it is, and the KD0018 words that follow the layer's name.</summary>
internal sealed record UnsupportedField(string Path, string Detail, string? LayerName = null);
