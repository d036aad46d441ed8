using System.Globalization;
using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// tf.keras 2's op layers: calling a TensorFlow function on a KerasTensor (<c>tf.math.add(x, y)</c>, <c>x + y</c>,
/// <c>tf.reshape(x, [-1, 16])</c>) inserts a <c>TFOpLambda</c> layer (tf_keras/layers/core/tf_op_layer.py) whose config
/// names the function (<c>"function": "math.add"</c>) and whose inbound node holds the call's other arguments
/// (<c>{"y": ["dense", 0, 0], "name": null}</c>). They have no weights; their output shapes follow TensorFlow's shape
/// functions (tensorflow/core/framework/common_shape_fns.cc and array_ops.cc), batch dim included, for the functions
/// listed in <see cref="Functions"/>. Any other function, and the other op classes (SlicingOpLambda for
/// <c>x[...]</c>, ClassMethod, InstanceMethod, InstanceProperty, Keras 3's raw ops), are refused with KD0016 and the
/// path of the function's name. An op layer applied more than once is refused (KD0018): tf.keras makes a new one per call.
/// </summary>
internal sealed class TfOpLayer : Layer
{
    public const string OpClassName = "TFOpLambda";

    private enum Family
    {
        Unary,
        Binary,
        Concat,
        Reshape,
        Transpose,
        ExpandDims,
        Squeeze,
        Reduce,
    }

    private sealed record OpDef(Family Family, string[] Kwargs, string[] Required);

    private static readonly Dictionary<string, OpDef> Functions = BuildFunctions();

    private static Dictionary<string, OpDef> BuildFunctions()
    {
        var table = new Dictionary<string, OpDef>(StringComparer.Ordinal);
        void Add(Family family, string functions, string kwargs = "", string required = "")
        {
            foreach (var f in functions.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table.Add(f, new OpDef(family, kwargs.Split(' ', StringSplitOptions.RemoveEmptyEntries), required.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        // Element-wise, one tensor: the output has the input's shape.
        Add(Family.Unary, "nn.relu nn.relu6 nn.elu nn.selu nn.sigmoid math.sigmoid math.tanh nn.tanh nn.softplus math.softplus " +
            "nn.softsign math.softsign nn.silu nn.swish math.exp math.log math.log1p math.expm1 math.sqrt math.rsqrt math.square " +
            "math.abs math.negative math.sign math.sin math.cos math.erf math.reciprocal math.round math.floor math.ceil identity stop_gradient");
        Add(Family.Unary, "nn.gelu", "approximate");
        Add(Family.Unary, "nn.leaky_relu", "alpha");
        Add(Family.Unary, "cast", "dtype", "dtype");
        Add(Family.Unary, "convert_to_tensor", "dtype dtype_hint");
        Add(Family.Unary, "clip_by_value", "clip_value_min clip_value_max", "clip_value_min clip_value_max");
        Add(Family.Unary, "nn.softmax math.softmax nn.log_softmax math.log_softmax", "axis");
        Add(Family.Unary, "math.l2_normalize nn.l2_normalize", "axis epsilon");
        // Element-wise, two operands that broadcast (x + y is __operators__.add; x - y, x * y, x / y are the math ops).
        Add(Family.Binary, "__operators__.add math.add math.subtract math.multiply math.truediv math.divide math.divide_no_nan " +
            "math.floordiv math.floormod math.maximum math.minimum math.pow math.squared_difference " +
            "math.equal math.not_equal math.greater math.greater_equal math.less math.less_equal math.logical_and math.logical_or", "y", "y");
        Add(Family.Concat, "concat", "axis", "axis");
        Add(Family.Reshape, "reshape", "shape", "shape");
        Add(Family.Transpose, "transpose compat.v1.transpose", "perm conjugate");
        Add(Family.ExpandDims, "expand_dims", "axis", "axis");
        Add(Family.Squeeze, "squeeze", "axis");
        Add(Family.Reduce, "math.reduce_mean math.reduce_sum math.reduce_max math.reduce_min math.reduce_prod math.reduce_logsumexp " +
            "math.reduce_std math.reduce_variance math.reduce_any math.reduce_all", "axis keepdims");
        return table;
    }

    /// <summary>The functions read, for the README and messages.</summary>
    public static IEnumerable<string> FunctionNames => Functions.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>The op layer classes of tf.keras 2 (tf_keras/layers/core/tf_op_layer.py).</summary>
    public static bool IsOpClass(string className) =>
        className is OpClassName or "SlicingOpLambda" or "ClassMethod" or "InstanceMethod" or "InstanceProperty";

    private readonly OpDef def;
    private readonly Operand[] operands;
    private readonly Dictionary<string, ArgValue> kwargs;
    private readonly string function;

    private TfOpLayer(LayerArgs args, string function, OpDef def, Operand[] operands, Dictionary<string, ArgValue> kwargs) : base(args)
    {
        this.function = function;
        this.def = def;
        this.operands = operands;
        this.kwargs = kwargs;
    }

    /// <summary>An argument of the op: one of the node's tensors (by index) or a constant of a known shape.</summary>
    private readonly record struct Operand(int TensorIndex, long[]? ConstantShape);

    /// <summary>Reads an op layer's config: its function, and the first config field KerasDsl does not know.</summary>
    public static TfOpSpec ReadSpec(JsonElement element, string className, JsonElement config, string path)
    {
        string? module = element.TryGetProperty("module", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        string? function = null;
        string functionPath = path + ".config.function";
        UnsupportedField? problem = null;
        foreach (var field in config.EnumerateObject())
        {
            switch (field.Name)
            {
                case "function":
                    if (field.Value.ValueKind == JsonValueKind.String) function = field.Value.GetString();
                    break;
                case "name":
                case "trainable":
                case "dtype":
                    break;
                default:
                    problem ??= new UnsupportedField(path + ".config." + field.Name,
                        $"has the config field {field.Name} = {KerasJsonReader.Shorten(field.Value.GetRawText())}, which kerasdsl does not know for {className}: " +
                        "it may change the shapes, so kerasdsl refuses to count the model rather than risk a wrong count.");
                    break;
            }
        }
        string? configName = config.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 0 ? n.GetString() : null;
        return new TfOpSpec(className, module, function, module != null ? path + ".module" : functionPath, problem, configName);
    }

    /// <summary>Makes the op layer of a graph layer, its arguments read from its one inbound node; refusals recorded with their paths.</summary>
    public static Layer Create(GraphLayer layer, BuildContext context)
    {
        var spec = layer.Op!;
        string name = spec.ConfigName ?? layer.Name;
        KerasModelException Refuse(DiagnosticInfo diagnostic, string detail, string path, string? argument = null) =>
            context.Record(new KerasModelException(diagnostic, name, detail, layer.Index, argument), path);

        if (spec.Module != null)
            throw Refuse(Diagnostics.UnknownLayerClass,
                $"is the Keras 3 op {spec.ClassName} (module {spec.Module}), not a layer: kerasdsl does not read Keras 3's raw ops (keras.ops.*) in a model. " +
                "Use the equivalent layer (Add, Multiply, Concatenate, Reshape, Permute, Activation, ...) in the model.", spec.FunctionPath);
        if (spec.ClassName != OpClassName)
            throw Refuse(Diagnostics.UnknownLayerClass,
                $"is a {spec.ClassName} op layer{(spec.ClassName == "SlicingOpLambda" ? " (a slice x[...])" : "")}, which kerasdsl does not read: of tf.keras's op layers it reads TFOpLambda of " +
                "the functions listed in the README. Use a layer (Cropping, Reshape, Lambda-free code) instead.", layer.Path + ".class_name");
        if (spec.Function == null)
            throw Refuse(Diagnostics.InvalidArgument, "has no function: expected the TensorFlow function it applies, e.g. \"function\": \"math.add\".", spec.FunctionPath);
        if (!Functions.TryGetValue(spec.Function, out var def))
            throw Refuse(Diagnostics.UnknownLayerClass,
                $"applies tf.{spec.Function}, a TensorFlow function kerasdsl does not model. It reads TFOpLambda layers of: {string.Join(", ", FunctionNames)}. " +
                "Write the model with a Keras layer in its place, or without it.", spec.FunctionPath);
        if (spec.Unsupported is { } unsupported)
            throw Refuse(Diagnostics.UnsupportedConfigField, unsupported.Detail, unsupported.Path);
        if (layer.Nodes.Count > 1)
            throw Refuse(Diagnostics.UnsupportedConfigField,
                $"is applied {layer.Nodes.Count} times: kerasdsl reads an op layer applied once (tf.keras makes a new one for each call), so " +
                "it refuses to count the model rather than risk a wrong count.", layer.Nodes[1].Path);

        var operands = new List<Operand>();
        var kwargs = new Dictionary<string, ArgValue>(StringComparer.Ordinal);
        var call = new LayerCall(OpClassName, new Arg("name", ArgValue.Of(name)), new Arg("function", ArgValue.Of(spec.Function)));
        if (layer.Nodes.Count == 1)
        {
            var node = layer.Nodes[0];
            int tensorIndex = 0;
            foreach (var operand in node.Operands)
                operands.Add(ToOperand(operand.Tensor != null ? tensorIndex++ : -1, operand.Constant, operand.Path, Refuse));
            bool listed = node.FirstArgIsList;
            if (def.Family != Family.Concat && (listed || operands.Count != 1))
                throw Refuse(Diagnostics.IncompatibleShape, $"applies tf.{spec.Function} to a list of {operands.Count} values: it takes one tensor.", node.Path);
            if (node.Problem is { } problem)
                throw Refuse(Diagnostics.UnsupportedConfigField, problem.Detail + ": it may change the shapes, so kerasdsl refuses to count the model rather than risk a wrong count.", problem.Path);
            foreach (var kwarg in node.Kwargs)
            {
                if (kwarg.Name == "name") continue;
                if (Array.IndexOf(def.Kwargs, kwarg.Name) < 0)
                    throw Refuse(Diagnostics.UnsupportedConfigField,
                        $"applies tf.{spec.Function} with {kwarg.Name}, an argument kerasdsl does not know for it: it may change the shapes, so kerasdsl refuses to count the model rather than risk a wrong count.",
                        kwarg.Path);
                if (kwarg.HasNestedTensor || (kwarg.Tensors.Count > 0 && def.Family != Family.Binary))
                    throw Refuse(Diagnostics.UnsupportedConfigField,
                        $"applies tf.{spec.Function} with a tensor as {kwarg.Name}: kerasdsl reads it only as a constant, so it refuses to count the model rather than risk a wrong count.",
                        kwarg.Path);
                if (def.Family == Family.Binary)
                    operands.Add(ToOperand(kwarg.Tensors.Count > 0 ? tensorIndex++ : -1, kwarg.Value, kwarg.Path, Refuse));
                else
                    kwargs[kwarg.Name] = kwarg.Value ?? ArgValue.Null;
                spec.ArgPaths[kwarg.Name] = kwarg.Path;
            }
            foreach (var required in def.Required)
                if (!spec.ArgPaths.ContainsKey(required))
                    throw Refuse(Diagnostics.InvalidArgument, $"applies tf.{spec.Function} without {required}: expected the argument, as TensorFlow needs it.", node.Path, required);
            if (tensorIndex == 0)
                throw Refuse(Diagnostics.InvalidArgument, $"applies tf.{spec.Function} to constants only: an op layer reads at least one tensor.", node.Path);
        }
        return new TfOpLayer(new LayerArgs(call, name), spec.Function, def, operands.ToArray(), kwargs);
    }

    private static Operand ToOperand(int tensorIndex, ArgValue? constant, string path,
        Func<DiagnosticInfo, string, string, string?, KerasModelException> refuse)
    {
        if (tensorIndex >= 0) return new Operand(tensorIndex, null);
        return new Operand(-1, ConstantShape(constant, out string? why)
            ?? throw refuse(Diagnostics.InvalidArgument, $"has a constant operand {constant} that is not a number or a list of numbers ({why}).", path, null));
    }

    /// <summary>The shape of a constant (a number: (); a list: its lengths), or null when it is not a rectangular list of numbers.</summary>
    private static long[]? ConstantShape(ArgValue? value, out string? why)
    {
        why = null;
        var dims = new List<long>();
        var level = new List<ArgValue> { value ?? ArgValue.Null };
        while (true)
        {
            var kinds = level.Select(v => v.Kind).Distinct().ToList();
            if (kinds.Count != 1) { why = "a list mixing lists and numbers"; return null; }
            if (kinds[0] is ArgKind.Int or ArgKind.Float or ArgKind.Bool) return dims.ToArray();
            if (kinds[0] != ArgKind.Tuple) { why = "a " + kinds[0].ToString().ToLowerInvariant(); return null; }
            long length = level[0].Items.Count;
            if (level.Any(v => v.Items.Count != length)) { why = "a ragged list"; return null; }
            dims.Add(length);
            if (length == 0) return dims.ToArray();
            level = level.SelectMany(v => v.Items).ToList();
        }
    }

    public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

    public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
    {
        long?[] Of(Operand o) => o.TensorIndex >= 0 ? inputs[o.TensorIndex].Dims.ToArray() : o.ConstantShape!.Select(d => (long?)d).ToArray();
        var x = Of(operands[0]);
        long?[] output = def.Family switch
        {
            Family.Unary => Unary(x),
            Family.Binary => Broadcast(x, Of(operands[1])),
            Family.Concat => Concat(operands.Select(Of).ToList()),
            Family.Reshape => Reshape(x),
            Family.Transpose => Transpose(x),
            Family.ExpandDims => ExpandDims(x),
            Family.Squeeze => Squeeze(x),
            _ => Reduce(x),
        };
        return new[] { new Shape(output) };
    }

    private long?[] Unary(long?[] x)
    {
        if (kwargs.TryGetValue("axis", out var axis) && !axis.IsNull)
            foreach (var a in Axes(axis, "axis"))
                Canonical(a, x.Length, "axis");
        return x;
    }

    /// <summary>TensorFlow's BroadcastBinaryOpOutputShapeFnHelper: shapes aligned from the last dim, the shorter padded with 1s.</summary>
    private long?[] Broadcast(long?[] x, long?[] y)
    {
        int rank = Math.Max(x.Length, y.Length);
        var output = new long?[rank];
        for (int i = 0; i < rank; i++)
        {
            long? dx = i < rank - x.Length ? 1 : x[i - (rank - x.Length)];
            long? dy = i < rank - y.Length ? 1 : y[i - (rank - y.Length)];
            if (dx == null || dy == null)
            {
                // One or both unknown: a known size above 1 wins, a 1 gives the other dim, else unknown.
                output[i] = dx > 1 ? dx : dy > 1 ? dy : dx == 1 ? dy : dy == 1 ? dx : null;
            }
            else if (dx == 1 || dy == 1)
            {
                output[i] = dx == 1 ? dy : dx;
            }
            else if (dx != dy)
            {
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"applies tf.{function} to operands of shapes {Format(x)} and {Format(y)}, which do not broadcast: dim {i} is {dx} against {dy}. " +
                    "Give the operands equal sizes, or a 1 where one should broadcast.");
            }
            else
            {
                output[i] = dx;
            }
        }
        return output;
    }

    /// <summary>TensorFlow's ConcatV2Shape: equal ranks, the other dims merged (unknown takes the known), the axis summed.</summary>
    private long?[] Concat(IReadOnlyList<long?[]> values)
    {
        int rank = values[0].Length;
        if (values.Any(v => v.Length != rank))
            throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"applies tf.concat to tensors of different ranks ({string.Join(", ", values.Select(Format))}): they need the same rank.");
        if (rank == 0)
            throw new KerasModelException(Diagnostics.IncompatibleShape, Name, "applies tf.concat to scalars: it joins tensors of rank 1 or more.");
        int axis = Canonical(Int(kwargs["axis"], "axis"), rank, "axis");
        var output = (long?[])values[0].Clone();
        for (int v = 1; v < values.Count; v++)
            for (int i = 0; i < rank; i++)
            {
                long? d = values[v][i];
                if (i == axis) output[i] = output[i] == null || d == null ? null : CheckedMath.Add(output[i]!.Value, d.Value, "the concatenated size");
                else if (output[i] == null) output[i] = d;
                else if (d != null && d != output[i])
                    throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                        $"applies tf.concat on axis {axis} to tensors of shapes {string.Join(", ", values.Select(Format))}, which differ at dim {i} ({output[i]} against {d}): " +
                        "the other dims must be equal.");
            }
        return output;
    }

    /// <summary>TensorFlow's reshape shape function: -1 inferred from the input's size when it is known, or from its one unknown dim.</summary>
    private long?[] Reshape(long?[] x)
    {
        var target = kwargs["shape"];
        if (target.Kind != ArgKind.Tuple || target.Items.Any(i => i.Kind != ArgKind.Int))
            throw Invalid("shape", "a list of ints (-1 for the one dim to infer)", target.ToString());
        var output = target.Items.Select(i => i.Integer < 0 ? (long?)null : i.Integer).ToArray();
        if (target.Items.Any(i => i.Integer < -1) || target.Items.Count(i => i.Integer == -1) > 1)
            throw Invalid("shape", "sizes of 0 or more, with at most one -1", target.ToString());
        int outUnknown = Array.IndexOf(output, null);
        long knownOut = Product(output), knownIn = Product(x);
        int inUnknownCount = x.Count(d => d == null);
        if (inUnknownCount > 1) return output;
        if (inUnknownCount == 0 && outUnknown < 0)
        {
            if (knownIn != knownOut) throw SizeMismatch(x, target);
        }
        else if (inUnknownCount == 0 && outUnknown >= 0 && knownOut > 0)
        {
            if (knownIn % knownOut != 0) throw SizeMismatch(x, target);
            output[outUnknown] = knownIn / knownOut;
        }
        else if (inUnknownCount == 1 && outUnknown < 0 && knownIn != 0)
        {
            if (knownOut % knownIn != 0) throw SizeMismatch(x, target);
        }
        else if (inUnknownCount == 1 && outUnknown >= 0 && knownIn == knownOut)
        {
            output[outUnknown] = null;   // the input's unknown dim, unknown here too
        }
        return output;
    }

    private KerasModelException SizeMismatch(long?[] x, ArgValue target) =>
        new KerasModelException(Diagnostics.IncompatibleShape, Name,
            $"applies tf.reshape to a tensor of shape {Format(x)} with shape {target}: the sizes do not match. Give a target shape with as many values as the input (batch dim included), or -1 for one dim.",
            argument: "shape");

    private static long Product(long?[] dims)
    {
        long product = 1;
        foreach (var d in dims)
            if (d != null) product = CheckedMath.Multiply(product, d.Value, "the number of values");
        return product;
    }

    /// <summary>tf.transpose: perm a permutation of the dims (batch dim included); none reverses them.</summary>
    private long?[] Transpose(long?[] x)
    {
        if (!kwargs.TryGetValue("perm", out var perm) || perm.IsNull) return x.Reverse().ToArray();
        if (perm.Kind != ArgKind.Tuple || perm.Items.Count != x.Length || perm.Items.Any(i => i.Kind != ArgKind.Int))
            throw Invalid("perm", $"a permutation of the {x.Length} dims of {Format(x)} (batch dim included)", perm.ToString());
        var output = new long?[x.Length];
        var seen = new bool[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            int from = Canonical(perm.Items[i].Integer, x.Length, "perm");
            if (seen[from]) throw Invalid("perm", $"a permutation of the {x.Length} dims of {Format(x)} (each dim once)", perm.ToString());
            seen[from] = true;
            output[i] = x[from];
        }
        return output;
    }

    /// <summary>tf.expand_dims: a new dim of size 1 at axis, in [-rank - 1, rank].</summary>
    private long?[] ExpandDims(long?[] x)
    {
        long axis = Int(kwargs["axis"], "axis");
        if (axis < -x.Length - 1 || axis > x.Length)
            throw Invalid("axis", $"an axis in [-{x.Length + 1}, {x.Length}] for {Format(x)}", axis.ToString(CultureInfo.InvariantCulture));
        int at = (int)(axis < 0 ? axis + x.Length + 1 : axis);
        var list = x.ToList();
        list.Insert(at, 1);
        return list.ToArray();
    }

    /// <summary>tf.squeeze: the given dims (each 1 or unknown) removed, or every dim of size 1 when axis is none.</summary>
    private long?[] Squeeze(long?[] x)
    {
        if (!kwargs.TryGetValue("axis", out var axis) || axis.IsNull)
        {
            if (x.Any(d => d == null))
                throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                    $"applies tf.squeeze without axis to a tensor of shape {Format(x)}: which dims are 1 is unknown, so its rank is unknown. Pass axis.");
            return x.Where(d => d != 1).ToArray();
        }
        var remove = new HashSet<int>(Axes(axis, "axis").Select(a => Canonical(a, x.Length, "axis")));
        foreach (int a in remove)
            if (x[a] != null && x[a] != 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"applies tf.squeeze on axis {a} of a tensor of shape {Format(x)}, whose size there is {x[a]}: only a dim of size 1 can be removed.", argument: "axis");
        return x.Where((_, i) => !remove.Contains(i)).ToArray();
    }

    /// <summary>TensorFlow's ReductionShape: the axes removed (kept as 1 with keepdims); no axis reduces every dim.</summary>
    private long?[] Reduce(long?[] x)
    {
        bool keep = kwargs.TryGetValue("keepdims", out var k) && k.Kind == ArgKind.Bool && k.Bool;
        if (kwargs.TryGetValue("keepdims", out k) && !k.IsNull && k.Kind != ArgKind.Bool)
            throw Invalid("keepdims", "true or false", k.ToString());
        HashSet<int> axes = kwargs.TryGetValue("axis", out var axis) && !axis.IsNull
            ? new HashSet<int>(Axes(axis, "axis").Select(a => Canonical(a, x.Length, "axis")))
            : new HashSet<int>(Enumerable.Range(0, x.Length));
        return keep ? x.Select((d, i) => axes.Contains(i) ? 1 : d).ToArray() : x.Where((_, i) => !axes.Contains(i)).ToArray();
    }

    private IEnumerable<long> Axes(ArgValue value, string argument)
    {
        if (value.Kind == ArgKind.Int) return new[] { value.Integer };
        if (value.Kind == ArgKind.Tuple && value.Items.All(i => i.Kind == ArgKind.Int)) return value.Items.Select(i => i.Integer).ToArray();
        throw Invalid(argument, "an int or a list of ints", value.ToString());
    }

    private long Int(ArgValue value, string argument) =>
        value.Kind == ArgKind.Int ? value.Integer : throw Invalid(argument, "an int", value.ToString());

    private int Canonical(long axis, int rank, string argument)
    {
        if (axis < -rank || axis >= rank)
            throw Invalid(argument, $"an axis in [-{rank}, {rank}) (batch dim included)", axis.ToString(CultureInfo.InvariantCulture));
        return (int)(axis < 0 ? axis + rank : axis);
    }

    private KerasModelException Invalid(string argument, string expected, string found) =>
        new KerasModelException(Diagnostics.InvalidArgument, Name, $"applies tf.{function} with {argument} = {found}: expected {expected}.", argument: argument);

    private static string Format(long?[] dims) => new Shape(dims).ToString();
}

/// <summary>An op layer's config as read: its class, function (or Keras 3 module), unknown field, and its arguments' paths.</summary>
internal sealed class TfOpSpec
{
    public TfOpSpec(string className, string? module, string? function, string functionPath, UnsupportedField? unsupported, string? configName)
    {
        ClassName = className;
        Module = module;
        Function = function;
        FunctionPath = functionPath;
        Unsupported = unsupported;
        ConfigName = configName;
    }

    public string ClassName { get; }

    /// <summary>Keras 3's module of a raw op (keras.src.ops.numpy), or null.</summary>
    public string? Module { get; }
    public string? Function { get; }
    public string FunctionPath { get; }
    public UnsupportedField? Unsupported { get; }
    public string? ConfigName { get; }

    /// <summary>The JSON path of each keyword argument of the op's call, filled when the layer is made.</summary>
    public Dictionary<string, string> ArgPaths { get; } = new(StringComparer.Ordinal);

    public string? PathOf(string argument) => ArgPaths.TryGetValue(argument, out var path) ? path : null;
}
