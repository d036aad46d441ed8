using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// A Keras JSON model as Core's layer calls, with where each call and argument came from in the JSON so that
/// Core's refusals can name the field at fault (<c>config.layers[3].config.units</c>).
/// </summary>
public sealed class KerasJsonModel
{
    private readonly IReadOnlyList<LayerSource> sources;
    private readonly UnsupportedField? inputUnsupported;

    internal KerasJsonModel(string name, IReadOnlyList<LayerCall> calls, IReadOnlyList<LayerSource> sources, string layersPath,
        UnsupportedField? inputUnsupported = null)
    {
        Name = name;
        Calls = calls;
        this.sources = sources;
        LayersPath = layersPath;
        this.inputUnsupported = inputUnsupported;
    }

    /// <summary>The model's name (<c>config.name</c>), <c>sequential</c> when the JSON has none.</summary>
    public string Name { get; }

    /// <summary>The layers as Core's calls, the leading InputLayer left out; the first carries <c>input</c>.</summary>
    public IReadOnlyList<LayerCall> Calls { get; }

    /// <summary>The JSON path of the layer list, e.g. <c>config.layers</c>.</summary>
    public string LayersPath { get; }

    /// <summary>
    /// Evaluates the model in Core, as <see cref="SequentialModel.FromCalls"/> does, layer by layer so that every
    /// refusal carries the index of its layer (an unknown class is refused before Core knows the index).
    /// A layer with a config field KerasDsl does not model (<see cref="KerasConfigFields"/>) is refused with
    /// KD0018, also when Core would refuse it for another reason: what Core says of it cannot be trusted.
    /// </summary>
    public SequentialModel Evaluate()
    {
        if (inputUnsupported is { } input)
            throw new KerasModelException(Diagnostics.UnsupportedConfigField, input.LayerName, input.Detail);
        var model = SequentialModel.Empty(Name);
        for (int i = 0; i < Calls.Count; i++)
        {
            var unsupported = sources[i].Unsupported;
            try
            {
                model = model.Add(Calls[i]);
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
    public string? PathOf(KerasModelException error)
    {
        if (error.Id == Diagnostics.UnsupportedConfigFieldId && error.LayerIndex < 0) return inputUnsupported?.Path;
        if (error.LayerIndex < 0 || error.LayerIndex >= sources.Count) return null;
        var source = sources[error.LayerIndex];
        if (error.Id == Diagnostics.UnsupportedConfigFieldId) return source.Unsupported?.Path ?? source.Path;
        if (error.Id == Diagnostics.UnknownLayerClassId) return source.UnknownClassPath() ?? source.Path + ".class_name";
        string? argument = error.Argument ?? (error.Id == Diagnostics.DuplicateLayerNameId ? "name" : null);
        return (argument == null ? null : source.FindArgument(argument)) ?? source.Path;
    }
}

/// <summary>Where one layer call came from: its JSON path, its arguments' field paths, its nested layers.</summary>
internal sealed class LayerSource
{
    public LayerSource(string path, string className)
    {
        Path = path;
        ClassName = className;
    }

    public string Path { get; }
    public string ClassName { get; }
    public Dictionary<string, string> ArgPaths { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LayerSource> Nested { get; } = new(StringComparer.Ordinal);

    /// <summary>The first config field, of this layer or a nested one, that KerasDsl does not model; null when none.</summary>
    public UnsupportedField? Unsupported { get; set; }

    /// <summary>The layer's own field first, then its nested layers' (a wrapper's error may be its inner layer's).</summary>
    public string? FindArgument(string argument)
    {
        if (ArgPaths.TryGetValue(argument, out var path)) return path;
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
