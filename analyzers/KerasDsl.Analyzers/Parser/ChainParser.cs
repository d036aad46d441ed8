using System.Collections.Generic;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Reads a <c>Keras.Sequential(...).Layer(...)...</c> chain into a <see cref="ChainInfo"/>: one
    /// Core <see cref="LayerCall"/> per layer method (class name = method name), in call order.
    /// Shared by the generator (without places, so its models stay equal when code moves) and the
    /// analyzer (with places, for its diagnostics). The chain's calls come from the operation tree (what each
    /// binds to, exactly); each call's arguments are read from its syntax first (<see cref="SyntaxArgumentReader"/>),
    /// and from the operation tree (<see cref="ArgumentReader"/>) only when syntax cannot say: the operation tree
    /// spells out every parameter left at its default as an argument with its own bound value, and reading those
    /// was most of the analyzer's time.
    /// </summary>
    internal static class ChainParser
    {
        /// <summary>
        /// True for the last call of a chain: a chain call that is not the receiver of another one. The analyzer's filter
        /// for every invocation: most calls of a chain are the receiver of the next, so that is checked first.
        /// </summary>
        public static bool IsOutermostChainCall(IInvocationOperation invocation, KerasApi api)
        {
            if (invocation.Parent is IInvocationOperation parent && parent.Instance == invocation && api.IsChainMethod(parent.TargetMethod)) return false;
            var method = invocation.TargetMethod;
            return api.IsChainMethod(method) || api.IsSequentialFactory(method);
        }

        /// <summary>
        /// The chain whose last call is <paramref name="value"/> (implicit conversions around it are
        /// looked through); null when it is not a chain rooted at <c>Keras.Sequential(...)</c>.
        /// </summary>
        public static ChainInfo? Parse(IOperation? value, bool keepLocations, CancellationToken cancellationToken) =>
            Parse(value, keepLocations, argumentsFromSyntax: true, cancellationToken, out _);

        /// <param name="fromSyntaxAlone">
        /// True when every call's arguments were read from syntax: the chain is then a function of its text and of the
        /// methods its calls bind to, which the analyzer's <c>AnalyzedChainCache</c> relies on.
        /// </param>
        public static ChainInfo? Parse(IOperation? value, bool keepLocations, CancellationToken cancellationToken, out bool fromSyntaxAlone) =>
            Parse(value, keepLocations, argumentsFromSyntax: true, cancellationToken, out fromSyntaxAlone);

        /// <param name="argumentsFromSyntax">False to read every argument from the operation tree (the parity tests' reference).</param>
        internal static ChainInfo? Parse(IOperation? value, bool keepLocations, bool argumentsFromSyntax, CancellationToken cancellationToken) =>
            Parse(value, keepLocations, argumentsFromSyntax, cancellationToken, out _);

        private static ChainInfo? Parse(IOperation? value, bool keepLocations, bool argumentsFromSyntax, CancellationToken cancellationToken, out bool fromSyntaxAlone)
        {
            fromSyntaxAlone = false;
            while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;

            var links = new List<IInvocationOperation>();
            IOperation? current = value;
            while (current is IInvocationOperation link && KerasSymbols.IsChainMethod(link.TargetMethod))
            {
                cancellationToken.ThrowIfCancellationRequested();
                links.Add(link);
                current = link.Instance;
            }
            if (!(current is IInvocationOperation root) || !KerasSymbols.IsSequentialFactory(root.TargetMethod)) return null;
            links.Reverse();

            var reader = new Reader(new ArgumentReader(keepLocations, cancellationToken),
                argumentsFromSyntax && root.SemanticModel is { } semanticModel && KerasApi.For(semanticModel.Compilation) is { } api
                    ? new SyntaxArgumentReader(api, resolveFactory: null, cancellationToken)
                    : null);
            var rootSpan = keepLocations ? SourceSpan.Of(KerasSymbols.NameToken(root.Syntax)) : SourceSpan.None;

            string? modelName = null;
            var rootArgs = reader.ReadArguments(root, -1, "Sequential");
            if (rootArgs == null) return new ChainInfo(null, rootSpan, EquatableArray<LayerInfo>.Empty, reader.Operations.Stop);
            foreach (var arg in rootArgs)
                if (arg.Name == "name" && arg.Value.Kind == ArgKind.String) modelName = arg.Value.Text;

            var layers = new List<LayerInfo>(links.Count);
            for (int i = 0; i < links.Count; i++)
            {
                var layer = ReadLayer(links[i], i, reader, keepLocations);
                if (layer == null) break;
                layers.Add(layer);
            }
            fromSyntaxAlone = reader.Syntax != null && !reader.Operations.Used && reader.Operations.Stop == null;
            return new ChainInfo(modelName, rootSpan, new EquatableArray<LayerInfo>(layers.ToArray()), reader.Operations.Stop);
        }

        private static LayerInfo? ReadLayer(IInvocationOperation link, int index, Reader reader, bool keepLocations)
        {
            var method = link.TargetMethod;
            if (KerasSymbols.IsAdd(method))
                return ReadAdd(link, index, reader, keepLocations);

            var nameToken = KerasSymbols.NameToken(link.Syntax);
            if (!LayerCatalog.TryGet(method.Name, out _))
            {
                // A method of Sequential that is not a Core layer (a helper added to the runtime later):
                // stop rather than call it an unknown layer.
                reader.Operations.StopAt(ChainStopKind.NotALayer, index, method.Name, null, null, link.Syntax);
                return null;
            }
            var args = reader.ReadArguments(link, index, method.Name);
            if (args == null) return null;
            return new LayerInfo(new LayerCall(method.Name, args), keepLocations ? SourceSpan.Of(nameToken) : SourceSpan.None);
        }

        /// <summary><c>.Add(Bidirectional(LSTM(64)), input: (null, 5))</c>: the factory's layer, plus <c>input</c> as Add appends it.</summary>
        private static LayerInfo? ReadAdd(IInvocationOperation link, int index, Reader reader, bool keepLocations)
        {
            var layerParameter = link.TargetMethod.Parameters[0];
            IOperation? layerValue = null;
            foreach (var argument in link.Arguments)
                if (SymbolEqualityComparer.Default.Equals(argument.Parameter, layerParameter)) layerValue = argument.Value;
            while (layerValue is IConversionOperation { IsImplicit: true } conversion) layerValue = conversion.Operand;

            if (!(layerValue is IInvocationOperation factory) || !KerasSymbols.IsLayerFactory(factory.TargetMethod))
            {
                var kind = layerValue == null || layerValue is IInvalidOperation ? ChainStopKind.Invalid : ChainStopKind.NotConstant;
                reader.Operations.StopAt(kind, index, "Add", layerParameter.Name, null, layerValue?.Syntax ?? link.Syntax);
                return null;
            }
            // Add is rare; it is read from the operation tree alone.
            var call = reader.Operations.ReadFactory(factory, index, null);
            if (call == null) return null;
            var rest = reader.Operations.ReadArguments(link, index, "Add", null, skipParameter: layerParameter.Name);
            if (rest == null) return null;

            var args = new List<Arg>(call.Args);
            args.RemoveAll(a => a.Name == SequentialModel.InputArg);
            foreach (var arg in rest)
                if (arg.Name == SequentialModel.InputArg) args.Add(arg);
            var nameToken = KerasSymbols.NameToken(factory.Syntax);
            return new LayerInfo(new LayerCall(call.ClassName, args.ToArray()), keepLocations ? SourceSpan.Of(nameToken) : SourceSpan.None);
        }

        /// <summary>One call's arguments: from syntax when it can say for certain, else from the operation tree.</summary>
        private readonly struct Reader
        {
            public Reader(ArgumentReader operations, SyntaxArgumentReader? syntax)
            {
                Operations = operations;
                Syntax = syntax;
            }

            /// <summary>Reads anything, and records where and why reading stops (<see cref="ArgumentReader.Stop"/>).</summary>
            public ArgumentReader Operations { get; }

            /// <summary>Null when the parity tests ask for the operation tree alone, or the runtime is not found.</summary>
            public SyntaxArgumentReader? Syntax { get; }

            public Arg[]? ReadArguments(IInvocationOperation call, int layerIndex, string method) =>
                (Syntax != null && call.Syntax is InvocationExpressionSyntax syntax ? Syntax.ReadArguments(call.TargetMethod, syntax.ArgumentList, call) : null)
                ?? Operations.ReadArguments(call, layerIndex, method, null);
        }
    }
}
