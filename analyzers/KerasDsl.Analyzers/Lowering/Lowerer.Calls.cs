using System.Collections.Generic;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Lowering
{
    internal sealed partial class Lowerer
    {
        private Op Invocation(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            var type = method.ContainingType;
            if (api.IsRuntimeType(type))
                return RuntimeCall(type!.Name + "." + method.Name, method.IsStatic ? null : call.Instance, method, call.Arguments, call);

            if (IsSystem(type, "FormattableString") && method.Name == "Invariant" && call.Arguments.Length == 1 &&
                Unwrap(call.Arguments[0].Value) is IInterpolatedStringOperation interpolated)
                return Interpolation(interpolated, invariant: true);

            if (Builtin(call) is { } builtin) return builtin;

            bool followable = (method.IsStatic || method.MethodKind == MethodKind.LocalFunction) && !method.IsGenericMethod &&
                              method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction &&
                              SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly);
            if (!followable)
                return UnsupportedCall(method.IsGenericMethod ? $"a call of the generic method {method.Name}" :
                    !method.IsStatic && method.MethodKind != MethodKind.LocalFunction ? $"a call of the instance method {type?.Name}.{method.Name}" :
                    $"a call of {type?.Name}.{method.Name}", call);
            int? index = FunctionOf(method);
            if (index == null) return Unsupported($"a call of {method.Name}, whose body is not in this compilation", call);

            var args = new List<Op>();
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter == null) return Unsupported("an argument without a parameter", argument);
                args.Add(new Op(OpKind.Arg, argument.Parameter.Name, null, argument.Parameter.Ordinal, Span(argument), Expression(argument.Value)));
            }
            // Value: the call's line, for the path a diagnostic inside the method names ("called from Build at line 42").
            object? line = keepLocations ? call.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1 : null;
            return new Op(OpKind.CallFunction, method.Name, line, index.Value, new EquatableArray<Op>(args.ToArray()), NameSpan(call));
        }

        /// <summary>
        /// A call the interpreter does not follow, with its receiver and arguments: C# evaluates them before the call, so a
        /// model refused inside them is still refused, and the analyzer's lenient evaluation still checks them.
        /// </summary>
        private Op UnsupportedCall(string what, IInvocationOperation call)
        {
            var items = new List<Op>();
            if (call.Instance != null) items.Add(Expression(call.Instance));
            foreach (var argument in call.Arguments) items.Add(Expression(argument.Value));
            return new Op(OpKind.Unsupported, what, null, 0, new EquatableArray<Op>(items.ToArray()), Span(call));
        }

        /// <summary>
        /// A call of the runtime: Items = [receiver, arguments in evaluation order]; each argument names its parameter, its ordinal
        /// (Slot) and its parameter's type (Value), which says how the runtime turns it into Core's argument.
        /// </summary>
        private Op RuntimeCall(string name, IOperation? receiver, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation at)
        {
            var items = new List<Op> { receiver == null ? Op.Const(null) : Expression(receiver) };
            foreach (var argument in arguments)
            {
                var parameter = argument.Parameter;
                if (parameter == null) return Unsupported("an argument without a parameter", argument);
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    items.Add(DefaultArgument(parameter, argument));
                    continue;
                }
                items.Add(new Op(OpKind.Arg, parameter.Name, ParameterType(parameter.Type), parameter.Ordinal, Span(argument.Value), Expression(argument.Value)));
            }
            return new Op(OpKind.CallRuntime, name, ParameterType(method.ReturnType), 0, new EquatableArray<Op>(items.ToArray()), NameSpan(at));
        }

        /// <summary>
        /// A parameter left at its default: without locations one shared op per parameter; with them an op at this call (the
        /// argument's place is the call's) around the shared value.
        /// </summary>
        private Op DefaultArgument(IParameterSymbol parameter, IArgumentOperation argument)
        {
            if (!keepLocations && defaultArguments.TryGetValue(parameter, out var shared)) return shared;
            if (!defaultValues.TryGetValue(parameter, out var value)) defaultValues[parameter] = value = Expression(argument.Value);
            var op = new Op(OpKind.Arg, parameter.Name, ParameterType(parameter.Type), parameter.Ordinal, Span(argument), value);
            if (!keepLocations) defaultArguments[parameter] = op;
            return op;
        }

        /// <summary>The parameter's type as the interpreter converts to it: the runtime struct's name, or "Tensor[]" and the like.</summary>
        private static string ParameterType(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            return type is IArrayTypeSymbol array ? array.ElementType.Name + "[]" : type.Name;
        }

        private Op Property(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            var type = property.ContainingType;
            var instance = reference.Instance;
            // MergeMode.None and the like: a static member of a runtime argument struct, evaluated as a runtime call of no arguments.
            if (property.IsStatic && !property.IsIndexer && api.IsArgumentStruct(type) && api.IsRuntimeType(property.Type))
                return new Op(OpKind.CallRuntime, type!.Name + "." + property.Name, ParameterType(property.Type), 0,
                    new EquatableArray<Op>(new[] { Op.Const(null) }), NameSpan(reference));
            if (property.IsStatic || instance == null) return Unsupported($"the property {type?.Name}.{property.Name}", reference);
            if (property.IsIndexer)
            {
                if (reference.Arguments.Length != 1) return Unsupported("an indexer with several arguments", reference);
                return new Op(OpKind.Element, api.IsRuntimeType(type) ? type!.Name : null, null, 0, Span(reference),
                    Expression(instance), Expression(reference.Arguments[0].Value));
            }
            string? name =
                api.IsRuntimeType(type) ? type!.Name + "." + property.Name :
                type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && property.Name is "Value" or "HasValue" ? property.Name :
                IsList(type) && property.Name == "Count" ? "Count" :
                type?.SpecialType == SpecialType.System_String && property.Name == "Length" ? "Length" :
                type?.SpecialType == SpecialType.System_Array && property.Name == "Length" ? "Length" :
                (type?.Name is "IReadOnlyList" or "IReadOnlyCollection" or "ICollection" or "IList") && property.Name == "Count" ? "Count" :
                null;
            if (name == null) return Unsupported($"the property {type?.Name}.{property.Name}", reference);
            return new Op(OpKind.Property, name, null, 0, Span(reference), Expression(instance));
        }

        /// <summary>The .NET methods the interpreter knows: Math's, a List's Add and ToArray, an integer's ToString().</summary>
        private Op? Builtin(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            var type = method.ContainingType;
            string? name = null;
            if (IsSystem(type, "Math") && method.Name is "Max" or "Min" or "Abs" or "Ceiling" or "Floor" or "Round" or "Pow" or "Sqrt" &&
                Kind(method.ReturnType) is NumKind.Int or NumKind.Long or NumKind.Double &&
                method.Parameters.Length == (method.Name is "Max" or "Min" or "Pow" ? 2 : 1))
                name = "Math." + method.Name;
            else if (IsList(type) && method.Name is "Add" or "ToArray" && call.Instance != null)
                name = "List." + method.Name;
            else if (method.Name == "ToString" && method.Parameters.Length == 0 && call.Instance != null &&
                     Kind(call.Instance.Type) is NumKind.Int or NumKind.Long or NumKind.String)
                name = "ToString";
            if (name == null) return null;
            var items = new List<Op> { call.Instance == null ? Op.Const(null) : Expression(call.Instance) };
            foreach (var argument in call.Arguments) items.Add(Expression(argument.Value));
            return new Op(OpKind.CallBuiltin, name, (int)Kind(method.ReturnType), 0, new EquatableArray<Op>(items.ToArray()), Span(call));
        }

        private static bool IsSystem(INamedTypeSymbol? type, string name) =>
            type is { Name: var n, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && n == name;

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }
    }
}
