using System;
using System.Collections.Generic;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Lowering
{
    /// <summary>
    /// The parser: lowers the operation tree the compiler bound for a model's code into a <see cref="ModelProgram"/>,
    /// following calls into the static methods and local functions of the compilation (each lowered once per program).
    /// It decides nothing about Keras: calls of the runtime become <see cref="OpKind.CallRuntime"/> with their
    /// arguments by parameter name (defaults included, as C# passes them), and code it does not model becomes
    /// <see cref="OpKind.Unsupported"/>, which stops the interpreter only if it is reached.
    /// </summary>
    internal sealed partial class Lowerer
    {
        /// <summary>Most operations one program may lower (its methods included): a bound on the work for absurd code.</summary>
        internal const int MaxOperations = 200_000;

        private readonly RuntimeApi api;
        private readonly Compilation compilation;
        private readonly bool keepLocations;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<IMethodSymbol, int> functionIndex = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly List<FunctionInfo?> functions = new List<FunctionInfo?>();
        private readonly Dictionary<SyntaxTree, SemanticModel> semanticModels = new Dictionary<SyntaxTree, SemanticModel>();

        /// <summary>
        /// The argument op of each runtime parameter left at its default, made once and shared by every call that leaves it
        /// out (ops are immutable values). Without locations only: with them each argument op carries its call's place, and
        /// only its value is shared (<see cref="defaultValues"/>). A layer call passes a handful of its dozen or more
        /// parameters; this halves the ops a long chain lowers to.
        /// </summary>
        private readonly Dictionary<IParameterSymbol, Op> defaultArguments = new Dictionary<IParameterSymbol, Op>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The value op of each runtime parameter's default, lowered once: a default is the parameter's constant, the same at
        /// every call (the runtime has no caller-information parameter: DefaultsAgreementTests holds it so), and a constant
        /// is never the place of a diagnostic (its argument op is). Reading a default argument's
        /// value makes the compiler build its operation node, twenty-odd per layer call, so the later calls skip it.
        /// </summary>
        private readonly Dictionary<IParameterSymbol, Op> defaultValues = new Dictionary<IParameterSymbol, Op>(SymbolEqualityComparer.Default);
        private Scope scope;
        private int lowered;

        private Lowerer(RuntimeApi api, Compilation compilation, SemanticModel? semanticModel, bool keepLocations, CancellationToken cancellationToken)
        {
            this.api = api;
            this.compilation = compilation;
            this.keepLocations = keepLocations;
            this.cancellationToken = cancellationToken;
            if (semanticModel != null) semanticModels[semanticModel.SyntaxTree] = semanticModel;
            scope = new Scope("", null);
        }

        /// <summary>
        /// The program of a model's code: <paramref name="body"/> is an expression (a field's initializer, an expression
        /// body) whose value is the model, or a block (a getter's or a method's body) that returns it.
        /// </summary>
        public static ModelProgram Lower(IOperation body, string memberName, RuntimeApi api, Compilation compilation, bool keepLocations,
            CancellationToken cancellationToken)
        {
            var lowerer = new Lowerer(api, compilation, body.SemanticModel, keepLocations, cancellationToken);
            lowerer.scope = new Scope(memberName, null);
            var main = lowerer.LowerBody(body);
            var mainInfo = new FunctionInfo(memberName, 0, lowerer.scope.SlotCount, main);
            var list = new FunctionInfo[lowerer.functions.Count];
            for (int i = 0; i < list.Length; i++)
                list[i] = lowerer.functions[i] ?? new FunctionInfo("?", 0, 0, Op.Unsupported("a method that calls itself while being read", default));
            return new ModelProgram(mainInfo, new EquatableArray<FunctionInfo>(list));
        }

        private Op LowerBody(IOperation body)
        {
            switch (body)
            {
                case IMethodBodyOperation method:
                    return method.BlockBody != null ? Statement(method.BlockBody) : method.ExpressionBody != null ? Statement(method.ExpressionBody) : Unsupported("a method without a body", body);
                case IBlockOperation or IReturnOperation or IExpressionStatementOperation:
                    return Statement(body);
                case IFieldInitializerOperation field:
                    return Return(field.Value, field.Value);
                case IPropertyInitializerOperation property:
                    return Return(property.Value, property.Value);
                default:
                    return Return(body, body);
            }
        }

        private Op Return(IOperation value, IOperation at) => new Op(OpKind.Return, null, null, 0, Span(at), Expression(value));

        // ---- functions ----

        /// <summary>The index of a static method or local function of this compilation in the program, lowered on first use.</summary>
        private int? FunctionOf(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (functionIndex.TryGetValue(method, out int known)) return known;
            var body = BodyOf(method);
            if (body == null) return null;
            int index = functions.Count;
            functionIndex[method] = index;
            functions.Add(null);
            var outer = scope;
            scope = new Scope(method.Name, method);
            foreach (var parameter in method.Parameters) scope.Declare(parameter);
            var lowered = LowerBody(body);
            functions[index] = new FunctionInfo(method.Name, method.Parameters.Length, scope.SlotCount, lowered);
            scope = outer;
            return index;
        }

        /// <summary>The bound body of a method declared in this compilation's source, or null.</summary>
        private IOperation? BodyOf(IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                SyntaxNode? node = syntax switch
                {
                    MethodDeclarationSyntax m when m.Body != null || m.ExpressionBody != null => m,
                    LocalFunctionStatementSyntax l when l.Body != null || l.ExpressionBody != null => l,
                    _ => null,
                };
                if (node == null) continue;
                var operation = SemanticModelOf(node.SyntaxTree).GetOperation(node, cancellationToken);
                if (operation is ILocalFunctionOperation local)
                    return (IOperation?)local.Body ?? local.IgnoredBody;
                return operation;
            }
            return null;
        }

        /// <summary>One semantic model per tree for the program's whole lowering (helpers often share a file).</summary>
#pragma warning disable RS1030 // A helper method in another file has no other way to its bound body.
        private SemanticModel SemanticModelOf(SyntaxTree tree)
        {
            if (!semanticModels.TryGetValue(tree, out var model))
                semanticModels[tree] = model = compilation.GetSemanticModel(tree);
            return model;
        }
#pragma warning restore RS1030

        // ---- places ----

        private SourceSpan Span(IOperation operation) => keepLocations ? SourceSpan.Of(operation.Syntax) : SourceSpan.None;

        /// <summary>A call's method name (the <c>Dense</c> of <c>.Dense(4)</c>): where refusals of the call are reported.</summary>
        private SourceSpan NameSpan(IOperation operation) => keepLocations ? SourceSpan.Of(NameToken(operation.Syntax)) : SourceSpan.None;

        public static SyntaxToken NameToken(SyntaxNode syntax)
        {
            if (syntax is InvocationExpressionSyntax invocation)
            {
                switch (invocation.Expression)
                {
                    case MemberAccessExpressionSyntax member: return member.Name.Identifier;
                    case MemberBindingExpressionSyntax binding: return binding.Name.Identifier;
                    case SimpleNameSyntax name: return name.Identifier;
                }
                return invocation.Expression.GetFirstToken();
            }
            if (syntax is ObjectCreationExpressionSyntax creation) return creation.Type.GetLastToken();
            return syntax.GetFirstToken();
        }

        private Op Unsupported(string what, IOperation at) => Op.Unsupported(what, Span(at));

        private void Step()
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++lowered > MaxOperations) throw new ProgramTooLargeException();
            // Deeply nested code (a chain of thousands of calls) ends as a program too large, never as a stack overflow.
            try
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (InsufficientExecutionStackException)
            {
                throw new ProgramTooLargeException();
            }
        }

        /// <summary>Thrown when a program passes <see cref="MaxOperations"/> or nests too deep; the caller turns it into an Info diagnostic.</summary>
        internal sealed class ProgramTooLargeException : Exception
        {
        }

        // ---- variables ----

        /// <summary>The variables of the function being lowered: each local and parameter gets a slot.</summary>
        private sealed class Scope
        {
            private readonly Dictionary<ISymbol, int> slots = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);

            public Scope(string name, IMethodSymbol? method)
            {
                Name = name;
                Method = method;
            }

            public string Name { get; }
            public IMethodSymbol? Method { get; }
            public int SlotCount => slots.Count;

            public int Declare(ISymbol symbol)
            {
                if (!slots.TryGetValue(symbol, out int slot)) slots[symbol] = slot = slots.Count;
                return slot;
            }

            public int? Find(ISymbol symbol) => slots.TryGetValue(symbol, out int slot) ? slot : (int?)null;
        }
    }
}
