using System.Runtime.CompilerServices;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Turns the arguments of a layer method or factory call into Core's arguments, by C# parameter
    /// name (the runtime's parameter names are Core's argument names), as the runtime's typed
    /// parameters would: omitted parameters take the method's own defaults, <c>InputShape</c>,
    /// <c>Size</c> and <c>Margins</c> are read through their implicit conversions, a factory call inside a wrapper
    /// becomes a nested layer. Anything the compiler cannot know stops the reading with a
    /// <see cref="ChainStop"/> instead of a guess.
    /// </summary>
    internal sealed class ArgumentReader
    {
        private readonly bool keepLocations;
        private readonly CancellationToken cancellationToken;

        public ArgumentReader(bool keepLocations, CancellationToken cancellationToken)
        {
            this.keepLocations = keepLocations;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Set when a read fails: why, and where.</summary>
        public ChainStop? Stop { get; private set; }

        /// <summary>Whether any call's arguments were read here (rather than from syntax alone).</summary>
        public bool Used { get; private set; }

        /// <summary>
        /// The arguments of <paramref name="invocation"/>, in <see cref="CallArguments"/>' order.
        /// Null when one cannot be read (see <see cref="Stop"/>).
        /// </summary>
        public Arg[]? ReadArguments(IInvocationOperation invocation, int layerIndex, string method, string? outer, string? skipParameter = null)
        {
            Used = true;
            // Read once: Roslyn's public IMethodSymbol.Parameters makes a new array on every call.
            var parameters = invocation.TargetMethod.Parameters;
            var byOrdinal = new IArgumentOperation?[parameters.Length];
            foreach (var argument in invocation.Arguments)
            {
                int ordinal = argument.Parameter?.Ordinal ?? -1;
                if (ordinal >= 0 && ordinal < byOrdinal.Length) byOrdinal[ordinal] = argument;
            }

            var args = new CallArguments(parameters.Length);
            foreach (var parameter in parameters)
            {
                if (parameter.Name == skipParameter) continue;
                var argument = byOrdinal[parameter.Ordinal];
                Arg? arg;
                if (argument == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    arg = DefaultArg(parameter, argument, layerIndex, method, outer);
                }
                else
                {
                    var value = Read(argument.Value, layerIndex, method, outer, parameter.Name);
                    arg = value == null ? null : new Arg(parameter.Name, value);
                }
                if (arg == null)
                {
                    Stop ??= new ChainStop(ChainStopKind.Invalid, layerIndex, method, parameter.Name, outer, Span(invocation.Syntax));
                    return null;
                }
                args.Add(arg);
            }
            return args.ToArray();
        }

        /// <summary>
        /// The records of parameters left at their defaults, per parameter symbol: most of a layer's parameters (over 20
        /// for an LSTM) are defaults, the same in every call. Weakly keyed, so the symbols and their compilation go
        /// when the compiler drops them.
        /// </summary>
        private static readonly ConditionalWeakTable<IParameterSymbol, Arg> Defaults = new ConditionalWeakTable<IParameterSymbol, Arg>();

        /// <summary>A parameter the call leaves out: C# passes its default, which depends on the parameter alone.</summary>
        private Arg? DefaultArg(IParameterSymbol parameter, IArgumentOperation? argument, int layerIndex, string method, string? outer)
        {
            if (Defaults.TryGetValue(parameter, out var known)) return known;
            var value = argument == null ? FromDefault(parameter) : Read(argument.Value, layerIndex, method, outer, parameter.Name, parameter);
            if (value == null) return null;
            var arg = new Arg(parameter.Name, value);
            // Only a default read in full is kept (a failed read records where it stopped, call by call).
            Defaults.GetValue(parameter, _ => arg);
            return arg;
        }

        /// <summary>One argument's value, or null (with <see cref="Stop"/> set) when the compiler cannot know it.</summary>
        public ArgValue? Read(IOperation operation, int layerIndex, string method, string? outer, string argument, IParameterSymbol? defaultOf = null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is IInvalidOperation || operation.Type is IErrorTypeSymbol)
                return Fail(ChainStopKind.Invalid, operation, layerIndex, method, outer, argument);

            var constant = operation.ConstantValue;
            if (constant.HasValue)
                return FromConstant(constant.Value) ?? Fail(ChainStopKind.NotConstant, operation, layerIndex, method, outer, argument);

            switch (operation)
            {
                case IConversionOperation conversion when IsTransparent(conversion):
                    return Read(conversion.Operand, layerIndex, method, outer, argument);
                case IDefaultValueOperation _:
                    // default(InputShape), default(Size), default(int?): "not given", which Core reads as Keras's default.
                    return ArgValue.Null;
                case ITupleOperation tuple:
                    var items = new ArgValue[tuple.Elements.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        var item = Read(tuple.Elements[i], layerIndex, method, outer, argument);
                        if (item == null) return null;
                        items[i] = item;
                    }
                    return ArgValue.Tuple(items);
                case IInvocationOperation factory when KerasSymbols.IsLayerFactory(factory.TargetMethod):
                    var call = ReadFactory(factory, layerIndex, outer ?? method);
                    return call == null ? null : ArgValue.Of(call);
            }

            // A default the operation tree did not spell as a constant: the parameter's own default.
            if (defaultOf != null) return FromDefault(defaultOf) ?? Fail(ChainStopKind.Invalid, operation, layerIndex, method, outer, argument);
            return Fail(ChainStopKind.NotConstant, operation, layerIndex, method, outer, argument);
        }

        /// <summary>A static factory such as <c>LSTM(64, returnSequences: true)</c>, as the runtime's <c>LayerSpec.Call</c>.</summary>
        public LayerCall? ReadFactory(IInvocationOperation factory, int layerIndex, string? outer)
        {
            string className = factory.TargetMethod.Name;
            if (!LayerCatalog.TryGet(className, out _))
            {
                StopAt(ChainStopKind.NotALayer, layerIndex, className, null, outer, factory.Syntax);
                return null;
            }
            var args = ReadArguments(factory, layerIndex, className, outer);
            return args == null ? null : new LayerCall(className, args);
        }

        /// <summary>
        /// Conversions that keep the value: to a nullable, a tuple literal's element types, a wider
        /// number, <c>default</c>, and the implicit operators of the runtime's argument structs
        /// (InputShape, Size, Margins), whose <c>ToArg()</c> keeps an int an int and a (nested) tuple
        /// a tuple, which is what <see cref="Read"/> yields for the operand. LayerCallParityTests and
        /// ParityTests hold the runtime to that.
        /// </summary>
        private static bool IsTransparent(IConversionOperation conversion)
        {
            var c = conversion.GetConversion();
            if (c.IsUserDefined) return KerasSymbols.IsArgumentStruct(conversion.Type) && conversion.OperatorMethod?.ContainingType is { } t && KerasSymbols.IsArgumentStruct(t);
            return c.IsIdentity || c.IsNullable || c.IsTupleLiteralConversion || c.IsTupleConversion || c.IsDefaultLiteral ||
                   (c.IsImplicit && (c.IsNumeric || c.IsReference));
        }

        public static ArgValue? FromDefault(IParameterSymbol parameter)
        {
            if (!parameter.HasExplicitDefaultValue) return null;
            // `InputShape input = default` has no constant: Roslyn reports null for a struct's default.
            return FromConstant(parameter.ExplicitDefaultValue);
        }

        /// <summary>A C# constant as Core's value; null for a kind Core has no argument of (char, huge ulong).</summary>
        public static ArgValue? FromConstant(object? value)
        {
            switch (value)
            {
                case null: return ArgValue.Null;
                case bool b: return ArgValue.Of(b);
                case string s: return ArgValue.Of(s);
                case int i: return ArgValue.Of((long)i);
                case long l: return ArgValue.Of(l);
                case short s16: return ArgValue.Of((long)s16);
                case sbyte s8: return ArgValue.Of((long)s8);
                case byte u8: return ArgValue.Of((long)u8);
                case ushort u16: return ArgValue.Of((long)u16);
                case uint u32: return ArgValue.Of((long)u32);
                case ulong u64 when u64 <= long.MaxValue: return ArgValue.Of((long)u64);
                case float f: return ArgValue.Of((double)f);
                case double d: return ArgValue.Of(d);
                default: return null;
            }
        }

        /// <summary>Records why reading stops at <paramref name="node"/> (the first reason wins).</summary>
        public void StopAt(ChainStopKind kind, int layerIndex, string method, string? argument, string? outer, SyntaxNode node)
        {
            var span = kind == ChainStopKind.NotALayer ? Span(KerasSymbols.NameToken(node)) : Span(node);
            Stop ??= new ChainStop(kind, layerIndex, method, argument, outer, span);
        }

        private ArgValue? Fail(ChainStopKind kind, IOperation operation, int layerIndex, string method, string? outer, string argument)
        {
            Stop ??= new ChainStop(kind, layerIndex, method, argument, outer, Span(operation.Syntax));
            return null;
        }

        private SourceSpan Span(SyntaxNode node) => keepLocations ? SourceSpan.Of(node) : SourceSpan.None;

        private SourceSpan Span(SyntaxToken token) => keepLocations ? SourceSpan.Of(token) : SourceSpan.None;
    }
}
