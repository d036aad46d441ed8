using System.Reflection;
using KerasDsl.Core;

namespace KerasDsl.Tests.Arguments;

/// <summary>
/// Defaults live in two places: the C# signatures (which the runtime and the compiler use) and Core's argument readers
/// (which the CLI uses, for a Keras JSON config that leaves an argument out). These tests hold them equal for every
/// layer factory of <see cref="Keras"/>, every Sequential and every Tensor layer method, every merge function and every
/// Keras object factory: a call with only its required arguments (Core's defaults) and a call with every optional argument at its C#
/// default give the same Core layer: the same resolved configuration, weights and output shape on a valid input.
/// </summary>
public class DefaultsAgreementTests
{
    private static readonly MethodInfo[] Factories = typeof(Keras).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(LayerSpec)).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    private static readonly MethodInfo[] SequentialMethods = typeof(Sequential).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.ReturnType == typeof(Sequential) && m.Name != nameof(Sequential.Add) && m.Name != nameof(Sequential.Input)).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    private static readonly MethodInfo[] TensorMethods = typeof(Tensor).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.ReturnType == typeof(Tensor) && m.Name != nameof(Tensor.Apply) && !m.IsSpecialName).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    private static readonly MethodInfo[] ObjectFactories = typeof(Keras).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(Initializer) || m.ReturnType == typeof(Regularizer) || m.ReturnType == typeof(Constraint))
        .OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Arguments Keras 3 takes but deprecates: read with a KD0025 warning, and not part of the configuration.</summary>
    private static readonly string[] Deprecated = { "LeakyReLU.alpha", "Embedding.inputLength" };

    /// <summary>Layers applied to two tensors: the attention layers (query, value) and the merge layers made as objects.</summary>
    private static readonly string[] TwoInputs =
        { "MultiHeadAttention", "Attention", "AdditiveAttention", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot" };

    /// <summary>
    /// Input shapes (without the batch dim) tried in order until the required-only layer accepts one; 32 channels for
    /// GroupNormalization's default 32 groups.
    /// </summary>
    private static readonly int?[][] Candidates =
    {
        new int?[] { 4 }, new int?[] { 6, 4 }, new int?[] { 6, 6, 4 }, new int?[] { 6, 6, 6, 4 }, new int?[] { 3, 6, 6, 6, 4 },
        new int?[] { 32 }, new int?[] { 6, 32 },
        new int?[] { 1 }, // one string per sample: TextVectorization's input
    };

    /// <summary>
    /// Optional parameters of which Keras requires one (Discretization: bin_boundaries or num_bins), given with the
    /// required ones, in both calls.
    /// </summary>
    private static readonly Dictionary<string, object> OneOfRequired = new() { ["Discretization.numBins"] = 4 };

    /// <summary>The merge functions of the functional API (<c>Add([a, b])</c>): layers applied at once to a Tensor[].</summary>
    private static readonly MethodInfo[] MergeFunctions = typeof(Keras).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(Tensor) && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(Tensor[]))
        .OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> MergeNames() => Names(MergeFunctions);

    public static TheoryData<string> FactoryNames() => Names(Factories);
    public static TheoryData<string> SequentialNames() => Names(SequentialMethods);
    public static TheoryData<string> TensorNames() => Names(TensorMethods);
    public static TheoryData<string> ObjectNames() => Names(ObjectFactories);

    private static TheoryData<string> Names(IEnumerable<MethodInfo> methods)
    {
        var data = new TheoryData<string>();
        foreach (var m in methods) data.Add(m.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(FactoryNames))]
    public void A_factorys_defaults_are_Cores(string name)
    {
        var method = Factories.Single(m => m.Name == name);
        var call = ((LayerSpec)method.Invoke(null, Arguments(method))!).Call;
        var required = RequiredOnly(method, call);
        var input = ValidInput(required);
        AssertSameLayer(Build(required, "layer", input), Build(call, "layer", input));
    }

    [Theory]
    [MemberData(nameof(SequentialNames))]
    public void A_Sequential_methods_defaults_are_Cores(string name)
    {
        var method = SequentialMethods.Single(m => m.Name == name);
        var factory = Factories.Single(m => m.Name == name);
        var requiredCall = RequiredOnly(factory, ((LayerSpec)factory.Invoke(null, Arguments(factory))!).Call);
        var input = ValidInput(requiredCall);
        var args = Arguments(method);
        args[Array.FindIndex(method.GetParameters(), p => p.Name == SequentialModel.InputArg)] = WithoutBatch(input.Single());
        var model = (Sequential)method.Invoke(Keras.Sequential(), args)!;
        var made = model.Model.Layers[0];
        AssertSameLayer(Build(requiredCall, made.Name, input), (made, model.Model.Nodes[0].Output!));
    }

    [Theory]
    [MemberData(nameof(TensorNames))]
    public void A_Tensor_methods_defaults_are_Cores(string name)
    {
        var method = TensorMethods.Single(m => m.Name == name);
        var factory = Factories.Single(m => m.Name == name);
        var requiredCall = RequiredOnly(factory, ((LayerSpec)factory.Invoke(null, Arguments(factory))!).Call);
        var input = ValidInput(requiredCall);
        var output = (Tensor)method.Invoke(Keras.Input(WithoutBatch(input.Single())), Arguments(method))!;
        var node = output.Tensors[0].Node;
        var applied = node.Output!;
        AssertSameLayer(Build(requiredCall, node.Layer.Name, input), (node.Layer, applied));
    }

    [Theory]
    [MemberData(nameof(MergeNames))]
    public void A_merge_functions_defaults_are_Cores(string name)
    {
        var method = MergeFunctions.Single(m => m.Name == name);
        var args = Arguments(method);
        var node = ((Tensor)method.Invoke(null, args)!).Tensors[0].Node;
        var required = new LayerCall(name, node.Call.Args.Where(a => method.GetParameters().Any(p => p.Name == a.Name && !p.IsOptional)).ToArray());
        var shape = Shape.WithBatch(new long?[] { 4 });
        AssertSameLayer(Build(required, node.Layer.Name, new[] { shape, shape }), (node.Layer, node.Output!));
    }

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public void A_Keras_object_factorys_defaults_are_Cores(string name)
    {
        var method = ObjectFactories.Single(m => m.Name == name);
        var value = method.Invoke(null, Arguments(method))!;
        var (kind, record) = value switch
        {
            Initializer i => (KerasObjects.Initializers, i.ToArg().Layer!),
            Regularizer r => (KerasObjects.Regularizers, r.ToArg().Layer!),
            Constraint c => (KerasObjects.Constraints, c.ToArg().Layer!),
            _ => throw new InvalidOperationException(name),
        };
        Assert.Equal(name, record.ClassName);
        Assert.Equal(method.GetParameters().Select(p => p.Name), record.Args.Select(a => a.Name));
        var required = new LayerCall(record.ClassName);
        Assert.Equal(Render(kind.ReadConfig(required, "layer", "argument")), Render(kind.ReadConfig(record, "layer", "argument")));
    }

    /// <summary>
    /// The compiler lowers each parameter's default once and shares it between calls (Lowerer.DefaultArgument): right
    /// only while a default is the parameter's constant. A caller-information parameter ([CallerLineNumber] and the like)
    /// has a different default at every call.
    /// </summary>
    [Fact]
    public void No_public_parameter_of_the_runtime_takes_caller_information()
    {
        var parameters = typeof(Keras).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodBase>()
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Parameter: p)))
            .ToList();
        Assert.True(parameters.Count > 2000, $"only {parameters.Count} parameters found");
        var callerInfo = parameters
            .Where(x => x.Parameter.GetCustomAttributes().Any(a => a.GetType().Namespace == "System.Runtime.CompilerServices" && a.GetType().Name.StartsWith("Caller", StringComparison.Ordinal)))
            .Select(x => x.Method.DeclaringType!.Name + "." + x.Method.Name + "(" + x.Parameter.Name + ")")
            .ToList();
        Assert.Empty(callerInfo);
    }

    [Theory]
    [MemberData(nameof(FactoryNames))]
    public void Every_parameter_is_read_by_Core_and_kept(string name)
    {
        var method = Factories.Single(m => m.Name == name);
        var call = ((LayerSpec)method.Invoke(null, Arguments(method))!).Call;
        var config = LayerCatalog.Get(call.ClassName).Create(LayerArgs.Recording(call, "layer")).Config.Select(a => a.Name).ToList();
        foreach (var p in method.GetParameters())
            if (!Deprecated.Contains(name + "." + p.Name))
                Assert.True(config.Contains(p.Name!), $"{name}({p.Name}:) is not read by Core's {call.ClassName}: its configuration has {string.Join(", ", config)}");
    }

    /// <summary>The layer a call makes, applied to <paramref name="input"/> (twice over for the attention layers).</summary>
    private static (Layer Layer, LayerOutput Output) Build(LayerCall call, string layerName, IReadOnlyList<Shape> input)
    {
        var layer = LayerCatalog.Get(call.ClassName).Create(new LayerArgs(call, layerName));
        return (layer, layer.Apply(input, "the input"));
    }

    private static void AssertSameLayer((Layer Layer, LayerOutput Output) expected, (Layer Layer, LayerOutput Output) actual)
    {
        Assert.Equal(Render(expected.Layer.Config), Render(actual.Layer.Config));
        Assert.Equal(expected.Output.Weights.Select(Describe), actual.Output.Weights.Select(Describe));
        Assert.Equal(LayerOutput.Format(expected.Output.Shapes), LayerOutput.Format(actual.Output.Shapes));
    }

    private static InputShape WithoutBatch(Shape shape) =>
        new(Enumerable.Range(1, shape.Rank - 1).Select(i => (int?)shape[i]).ToArray());

    private static string Render(IReadOnlyList<Arg> config) => string.Join("\n", config.Select(a => a.Name + "=" + Describe(a.Value)));

    private static string Describe(ArgValue v) => v.Kind == ArgKind.Layer ? v.Layer!.ToString() : v.ToString();

    private static string Describe(Weight w) => $"{w.Name}{(w.Trainable ? "" : " (non-trainable)")}: ({string.Join(", ", w.Shape)})";

    /// <summary>The call with only the arguments of the method's required parameters: what a Keras config gives when it leaves the rest out.</summary>
    private static LayerCall RequiredOnly(MethodInfo method, LayerCall call)
    {
        var required = method.GetParameters().Where(p => !p.IsOptional || OneOfRequired.ContainsKey(method.Name + "." + p.Name)).Select(p => p.Name).ToHashSet();
        return new LayerCall(call.ClassName, call.Args.Where(a => required.Contains(a.Name)).ToArray());
    }

    /// <summary>The first candidate input (one or two shapes with the batch dim) the required-only layer accepts.</summary>
    private static IReadOnlyList<Shape> ValidInput(LayerCall required)
    {
        var errors = new List<string>();
        foreach (var dims in Candidates)
        {
            var shape = Shape.WithBatch(dims.Select(d => (long?)d).ToArray());
            IReadOnlyList<Shape> input = TwoInputs.Contains(required.ClassName) ? new[] { shape, shape } : new[] { shape };
            try
            {
                Build(required, "probe", input);
                return input;
            }
            catch (KerasModelException e)
            {
                errors.Add(e.Message);
            }
        }
        throw new InvalidOperationException($"no candidate input fits {required}: " + string.Join(" | ", errors));
    }

    /// <summary>Sample values for the required parameters, each optional one at its C# default (what C# passes when it is left out).</summary>
    private static object?[] Arguments(MethodInfo method) =>
        method.GetParameters().Select(p => OneOfRequired.TryGetValue(method.Name + "." + p.Name, out var given) ? given
            : p.IsOptional ? DefaultOf(p) : Sample(method.Name, p)).ToArray();

    private static object? DefaultOf(ParameterInfo p) =>
        p.DefaultValue is null or DBNull && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) == null
            ? Activator.CreateInstance(p.ParameterType)
            : p.DefaultValue;

    private static object? Sample(string method, ParameterInfo p)
    {
        switch (method + "." + p.Name)
        {
            case "Permute.dims": return (Size)(2, 1);
            case "Reshape.targetShape": return (Size)(-1);
            case "EinsumDense.equation": return "ab,bc->ac";
            case "EinsumDense.outputShape": return (PartialShape)3;
            case "Activation.activation": return "relu";
            case "Bidirectional.layer": return Keras.LSTM(2);
            case "Dot.axes": return (Size)1;
            case "Lambda.outputShape": return (PartialShape)4;
        }
        if (p.ParameterType == typeof(int)) return 2;
        if (p.ParameterType == typeof(double)) return 0.5;
        if (p.ParameterType == typeof(Size)) return (Size)2;
        if (p.ParameterType == typeof(Factor)) return (Factor)0.1;
        if (p.ParameterType == typeof(LayerSpec)) return Keras.Dense(2);
        if (p.ParameterType == typeof(Tensor[])) return new[] { Keras.Input(4), Keras.Input(4) };
        throw new InvalidOperationException($"no sample value for the required {method}({p.ParameterType.Name} {p.Name})");
    }
}
