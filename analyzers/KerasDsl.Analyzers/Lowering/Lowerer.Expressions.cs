using System.Collections.Generic;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Lowering
{
    internal sealed partial class Lowerer
    {
        private Op Expression(IOperation operation)
        {
            Step();
            var constant = operation.ConstantValue;
            if (constant.HasValue)
                return Constant(constant.Value, operation) is { } value ? value : Unsupported("a constant of type " + operation.Type?.Name, operation);

            switch (operation)
            {
                case IConversionOperation conversion:
                    return Conversion(conversion);
                case ILocalReferenceOperation local:
                    return Variable(local.Local, operation);
                case IParameterReferenceOperation parameter:
                    return Variable(parameter.Parameter, operation);
                case ISimpleAssignmentOperation assignment:
                    return new Op(OpKind.Assign, null, null, 0, Span(assignment), Target(assignment.Target), Expression(assignment.Value));
                case IDeconstructionAssignmentOperation deconstruction:
                    return new Op(OpKind.Assign, null, null, 0, Span(deconstruction), Target(deconstruction.Target), Expression(deconstruction.Value));
                case ICompoundAssignmentOperation compound when compound.OperatorMethod == null && Kind(compound.Target.Type) is var kind && kind != NumKind.Other:
                    return new Op(OpKind.CompoundAssign, BinaryOperator(compound.OperatorKind), (int)kind, compound.IsChecked ? 1 : 0, Span(compound),
                        Target(compound.Target), Expression(compound.Value));
                case IIncrementOrDecrementOperation increment when increment.OperatorMethod == null && Kind(increment.Target.Type) is NumKind.Int or NumKind.Long:
                    return new Op(OpKind.Increment, increment.Kind == OperationKind.Increment ? "++" : "--", increment.IsPostfix, increment.IsChecked ? 1 : 0,
                        Span(increment), Target(increment.Target));
                case IBinaryOperation binary when binary.OperatorMethod == null && BinaryOperator(binary.OperatorKind) is { } op:
                    return new Op(OpKind.Binary, op, (int)Kind(binary.LeftOperand.Type), binary.IsChecked ? 1 : 0, Span(binary),
                        Expression(binary.LeftOperand), Expression(binary.RightOperand));
                case IUnaryOperation unary when unary.OperatorMethod == null && UnaryOperator(unary.OperatorKind) is { } op:
                    return new Op(OpKind.Unary, op, (int)Kind(unary.Operand.Type), unary.IsChecked ? 1 : 0, Span(unary), Expression(unary.Operand));
                case IConditionalOperation conditional when conditional.WhenFalse != null:
                    return new Op(OpKind.If, null, null, 0, Span(conditional),
                        Expression(conditional.Condition), Expression(conditional.WhenTrue), Expression(conditional.WhenFalse));
                case ICoalesceOperation coalesce:
                    return new Op(OpKind.Coalesce, null, null, 0, Span(coalesce), Expression(coalesce.Value), Expression(coalesce.WhenNull));
                case ITupleOperation tuple:
                    return new Op(OpKind.Tuple, null, null, 0, Expressions(tuple.Elements), Span(tuple));
                case IArrayCreationOperation array:
                    if (array.Initializer != null) return new Op(OpKind.NewArray, null, null, 0, Expressions(array.Initializer.ElementValues), Span(array));
                    if (array.DimensionSizes.Length == 1) return new Op(OpKind.NewArray, null, true, 0, Span(array), Expression(array.DimensionSizes[0]));
                    return Unsupported("a multi-dimensional array", array);
                case ICollectionExpressionOperation collection:
                    return CollectionExpression(collection);
                case IArrayElementReferenceOperation element when element.Indices.Length == 1:
                    return new Op(OpKind.Element, null, null, 0, Span(element), Expression(element.ArrayReference), Expression(element.Indices[0]));
                case IInvocationOperation invocation:
                    return Invocation(invocation);
                case IPropertyReferenceOperation property:
                    return Property(property);
                case IFieldReferenceOperation { Instance: { } tuple, Field: var field } when field.ContainingType?.IsTupleType == true:
                    {
                        // t.Item2, or an element by its name: the tuple's element at its position.
                        int position = (field.CorrespondingTupleField ?? field).TupleElementIndex();
                        if (position < 0) return Unsupported("the tuple field " + field.Name, operation);
                        return new Op(OpKind.Element, "tuple", null, 0, Span(operation), Expression(tuple), Op.Const(position));
                    }
                case IObjectCreationOperation creation:
                    return ObjectCreation(creation);
                case IInterpolatedStringOperation interpolated:
                    return Interpolation(interpolated, invariant: false);
                case IDefaultValueOperation:
                    // default(InputShape), default(int?), default(Tensor): "no value" (a number's default has a constant value, above).
                    return Op.Const(null, Span(operation));
                case IIsPatternOperation isPattern:
                    return new Op(OpKind.Is, null, null, 0, Span(isPattern), Expression(isPattern.Value), Pattern(isPattern.Pattern));
                case ISwitchExpressionOperation @switch:
                    return SwitchExpression(@switch);
                default:
                    return Unsupported(Describe(operation), operation);
            }
        }

        private EquatableArray<Op> Expressions(IEnumerable<IOperation> operations)
        {
            var items = new List<Op>();
            foreach (var operation in operations) items.Add(Expression(operation));
            return new EquatableArray<Op>(items.ToArray());
        }

        /// <summary>A C# constant as the interpreter holds it: small integer types widen to int (as C# arithmetic does), float to double.</summary>
        private Op? Constant(object? value, IOperation at)
        {
            switch (value)
            {
                case null:
                case bool _:
                case int _:
                case long _:
                case double _:
                case string _:
                case char _:
                    return Op.Const(value, Span(at));
                case byte b: return Op.Const((int)b, Span(at));
                case sbyte sb: return Op.Const((int)sb, Span(at));
                case short s: return Op.Const((int)s, Span(at));
                case ushort us: return Op.Const((int)us, Span(at));
                case float f: return Op.Const((double)f, Span(at));
                default: return null;
            }
        }

        private Op Variable(ISymbol symbol, IOperation at)
        {
            // A local function's use of its enclosing method's variables (a closure) is not followed.
            if (scope.Method != null && !SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, scope.Method) && scope.Find(symbol) == null)
                return Unsupported($"{symbol.Name}, a variable of the method enclosing {scope.Name}", at);
            return new Op(OpKind.Read, symbol.Name, null, scope.Declare(symbol), Span(at));
        }

        /// <summary>The place an assignment writes: a variable, an array or list element, or a tuple of places (deconstruction).</summary>
        private Op Target(IOperation target)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    return Variable(local.Local, target);
                case IParameterReferenceOperation parameter:
                    return Variable(parameter.Parameter, target);
                case IDeclarationExpressionOperation declaration:
                    return Target(declaration.Expression);
                case ITupleOperation tuple:
                    var items = new List<Op>();
                    foreach (var element in tuple.Elements) items.Add(Target(element));
                    return new Op(OpKind.Tuple, null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(tuple));
                case IDiscardOperation:
                    return new Op(OpKind.Const, "_", null, 0, EquatableArray<Op>.Empty, Span(target));
                case IArrayElementReferenceOperation element when element.Indices.Length == 1:
                    return new Op(OpKind.Element, null, null, 0, Span(element), Expression(element.ArrayReference), Expression(element.Indices[0]));
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer when IsList(instance.Type) && indexer.Arguments.Length == 1:
                    return new Op(OpKind.Element, null, null, 0, Span(indexer), Expression(instance), Expression(indexer.Arguments[0].Value));
                default:
                    return Unsupported("an assignment to " + Describe(target), target);
            }
        }

        private Op Conversion(IConversionOperation conversion)
        {
            var c = conversion.GetConversion();
            var operand = conversion.Operand;
            if (c.IsUserDefined)
            {
                // InputShape, Size, Margins...: the runtime's ToArg() keeps the int, the tuple or the list it was made from.
                if (api.IsArgumentStruct(conversion.Type) && conversion.OperatorMethod?.ContainingType is { } type && api.IsRuntimeType(type))
                {
                    // From a string that may be null: MergeMode refuses a null string, which is not its default.
                    bool fromString = conversion.OperatorMethod.Parameters.Length == 1 && conversion.OperatorMethod.Parameters[0].Type.SpecialType == SpecialType.System_String;
                    if (fromString && !(operand.ConstantValue is { HasValue: true, Value: string }))
                        return new Op(OpKind.FromString, type.Name, null, 0, Span(conversion), Expression(operand));
                    return Expression(operand);
                }
                return Unsupported("a user-defined conversion to " + conversion.Type?.Name, conversion);
            }
            if (c.IsIdentity || c.IsNullable && !c.IsExplicit || c.IsTupleLiteralConversion || c.IsTupleConversion || c.IsDefaultLiteral || c.IsBoxing ||
                (c.IsReference && c.IsImplicit) || c.IsCollectionExpression)
                return Expression(operand);
            if (c.IsNumeric || c.IsNullable || c.IsUnboxing)
            {
                var kind = Kind(conversion.Type);
                if (kind is NumKind.Int or NumKind.Long or NumKind.Double or NumKind.NullableInt or NumKind.NullableLong or NumKind.NullableDouble or NumKind.Char)
                    return new Op(OpKind.Convert, null, (int)kind, conversion.IsChecked ? 1 : 0, Span(conversion), Expression(operand));
            }
            return Unsupported("a conversion to " + conversion.Type?.ToDisplayString(), conversion);
        }

        private Op CollectionExpression(ICollectionExpressionOperation collection)
        {
            var items = new List<Op>();
            foreach (var element in collection.Elements)
            {
                if (element is ISpreadOperation) return Unsupported("a spread (..) in a collection expression", element);
                items.Add(Expression(element));
            }
            return new Op(OpKind.NewArray, IsList(collection.Type) ? "list" : null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(collection));
        }

        private Op ObjectCreation(IObjectCreationOperation creation)
        {
            if (IsList(creation.Type))
            {
                var items = new List<Op>();
                if (creation.Arguments.Length > 0)
                {
                    // new List<T>(capacity) only: a list made from another collection would alias it.
                    var argument = creation.Arguments[0].Value;
                    if (creation.Arguments.Length != 1 || Kind(argument.Type) != NumKind.Int) return Unsupported("a List made from a collection", creation);
                    items.Add(new Op(OpKind.Discard, null, null, 0, Span(argument), Expression(argument)));
                }
                if (creation.Initializer != null)
                {
                    foreach (var initializer in creation.Initializer.Initializers)
                    {
                        if (initializer is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add) return Unsupported("a List initializer", initializer);
                        items.Add(Expression(add.Arguments[0].Value));
                    }
                }
                return new Op(OpKind.NewArray, "list", creation.Arguments.Length > 0 ? "capacity" : null, 0, new EquatableArray<Op>(items.ToArray()), Span(creation));
            }
            if (api.IsArgumentStruct(creation.Type) && creation.Initializer == null && creation.Constructor is { } constructor)
                return RuntimeCall(creation.Type!.Name + ".new", null, constructor, creation.Arguments, creation);
            return Unsupported(Describe(creation), creation);
        }

        private Op Interpolation(IInterpolatedStringOperation interpolated, bool invariant)
        {
            var parts = new List<Op>();
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation text:
                        parts.Add(Expression(text.Text));
                        break;
                    case IInterpolationOperation hole when hole.Alignment == null:
                        var format = hole.FormatString?.ConstantValue.Value as string;
                        parts.Add(new Op(OpKind.Interpolate, format, null, 0, Span(hole), Expression(hole.Expression)));
                        break;
                    default:
                        return Unsupported("an interpolation with an alignment", part);
                }
            }
            return new Op(OpKind.Interpolate, null, invariant, 0, new EquatableArray<Op>(parts.ToArray()), Span(interpolated));
        }

        private Op SwitchExpression(ISwitchExpressionOperation @switch)
        {
            var items = new List<Op> { Expression(@switch.Value) };
            foreach (var arm in @switch.Arms)
            {
                var parts = arm.Guard == null
                    ? new[] { Pattern(arm.Pattern), Expression(arm.Value) }
                    : new[] { Pattern(arm.Pattern), Expression(arm.Value), Expression(arm.Guard) };
                items.Add(new Op(OpKind.Block, null, null, 0, new EquatableArray<Op>(parts), Span(arm)));
            }
            return new Op(OpKind.SwitchExpression, null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(@switch));
        }

        private Op Pattern(IPatternOperation pattern)
        {
            Step();
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    return new Op(OpKind.PatternConstant, null, null, 0, Span(pattern), Expression(constant.Value));
                case IRelationalPatternOperation relational when BinaryOperator(relational.OperatorKind) is { } op:
                    return new Op(OpKind.PatternRelational, op, null, 0, Span(pattern), Expression(relational.Value));
                case IDiscardPatternOperation:
                    return new Op(OpKind.PatternAny, null, null, -1, EquatableArray<Op>.Empty, Span(pattern));
                case IDeclarationPatternOperation { MatchesNull: true } declaration:
                    return new Op(OpKind.PatternAny, null, null, declaration.DeclaredSymbol == null ? -1 : scope.Declare(declaration.DeclaredSymbol), EquatableArray<Op>.Empty, Span(pattern));
                case INegatedPatternOperation negated:
                    return new Op(OpKind.PatternLogical, "not", null, 0, Span(pattern), Pattern(negated.Pattern));
                case IBinaryPatternOperation binary:
                    return new Op(OpKind.PatternLogical, binary.OperatorKind == BinaryOperatorKind.And ? "and" : "or", null, 0, Span(pattern),
                        Pattern(binary.LeftPattern), Pattern(binary.RightPattern));
                case IListPatternOperation list when list.DeclaredSymbol == null:
                    var items = new List<Op>();
                    int slice = -1;
                    foreach (var element in list.Patterns)
                    {
                        if (element is ISlicePatternOperation { Pattern: null })
                        {
                            slice = items.Count;
                            continue;
                        }
                        if (element is ISlicePatternOperation) return Unsupported("a slice pattern with a subpattern", element);
                        items.Add(Pattern(element));
                    }
                    return new Op(OpKind.PatternList, null, slice >= 0, slice, new EquatableArray<Op>(items.ToArray()), Span(pattern));
                default:
                    return Unsupported("a pattern of kind " + pattern.Kind, pattern);
            }
        }

        private static string? BinaryOperator(BinaryOperatorKind kind) =>
            kind switch
            {
                BinaryOperatorKind.Add => "+",
                BinaryOperatorKind.Subtract => "-",
                BinaryOperatorKind.Multiply => "*",
                BinaryOperatorKind.Divide => "/",
                BinaryOperatorKind.Remainder => "%",
                BinaryOperatorKind.Equals => "==",
                BinaryOperatorKind.NotEquals => "!=",
                BinaryOperatorKind.LessThan => "<",
                BinaryOperatorKind.LessThanOrEqual => "<=",
                BinaryOperatorKind.GreaterThan => ">",
                BinaryOperatorKind.GreaterThanOrEqual => ">=",
                BinaryOperatorKind.ConditionalAnd => "&&",
                BinaryOperatorKind.ConditionalOr => "||",
                BinaryOperatorKind.And => "&",
                BinaryOperatorKind.Or => "|",
                BinaryOperatorKind.ExclusiveOr => "^",
                _ => null,
            };

        private static string? UnaryOperator(UnaryOperatorKind kind) =>
            kind switch
            {
                UnaryOperatorKind.Minus => "-",
                UnaryOperatorKind.Plus => "+",
                UnaryOperatorKind.Not => "!",
                _ => null,
            };

        /// <summary>The interpreter's kind of a C# type.</summary>
        internal static NumKind Kind(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                return Kind(nullable.TypeArguments[0]) switch
                {
                    NumKind.Int => NumKind.NullableInt,
                    NumKind.Long => NumKind.NullableLong,
                    NumKind.Double => NumKind.NullableDouble,
                    _ => NumKind.Other,
                };
            return type?.SpecialType switch
            {
                SpecialType.System_Boolean => NumKind.Bool,
                SpecialType.System_Int32 => NumKind.Int,
                SpecialType.System_Int64 => NumKind.Long,
                SpecialType.System_Double => NumKind.Double,
                SpecialType.System_String => NumKind.String,
                SpecialType.System_Char => NumKind.Char,
                SpecialType.System_Object => NumKind.Object,
                _ => NumKind.Other,
            };
        }

        private static bool IsList(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Arity: 1, Name: "List", ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
    }
}

namespace KerasDsl.Analyzers.Lowering
{
    internal static class TupleFields
    {
        /// <summary>The position of a tuple's element field (Item1 is 0), or -1 for a field past the seventh (nested in Rest).</summary>
        public static int TupleElementIndex(this IFieldSymbol field)
        {
            if (field.Name.StartsWith("Item", System.StringComparison.Ordinal) &&
                int.TryParse(field.Name.Substring(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 7)
                return n - 1;
            return -1;
        }
    }
}
