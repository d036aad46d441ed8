using System.Collections.Generic;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Lowering
{
    internal sealed partial class Lowerer
    {
        private Op Statement(IOperation operation)
        {
            Step();
            switch (operation)
            {
                case IBlockOperation block:
                    return Block(block.Operations, block);
                case IExpressionStatementOperation statement:
                    return new Op(OpKind.Discard, null, null, 0, Span(statement), Expression(statement.Operation));
                case IVariableDeclarationGroupOperation group:
                    return Declarations(group);
                case IReturnOperation ret:
                    return ret.ReturnedValue == null ? new Op(OpKind.Return, null, null, 0, Span(ret)) : Return(ret.ReturnedValue, ret);
                case IConditionalOperation conditional:
                    return conditional.WhenFalse == null
                        ? new Op(OpKind.If, null, null, 0, Span(conditional), Expression(conditional.Condition), Statement(conditional.WhenTrue))
                        : new Op(OpKind.If, null, null, 0, Span(conditional), Expression(conditional.Condition), Statement(conditional.WhenTrue), Statement(conditional.WhenFalse));
                case IForLoopOperation loop:
                    return new Op(OpKind.Loop, null, false, 0, Span(loop),
                        Block(loop.Before, loop), loop.Condition == null ? Op.Const(true) : Expression(loop.Condition), Statement(loop.Body), Block(loop.AtLoopBottom, loop));
                case IWhileLoopOperation loop:
                    {
                        var condition = loop.Condition == null ? Op.Const(true) : Expression(loop.Condition);
                        if (loop.ConditionIsUntil) condition = new Op(OpKind.Unary, "!", (int)NumKind.Bool, 0, condition.Span, condition);
                        return new Op(OpKind.Loop, null, !loop.ConditionIsTop, 0, Span(loop), Empty, condition, Statement(loop.Body), Empty);
                    }
                case IForEachLoopOperation loop:
                    return ForEach(loop);
                case IBranchOperation branch when branch.BranchKind == BranchKind.Break || branch.BranchKind == BranchKind.Continue:
                    return new Op(OpKind.Jump, branch.BranchKind == BranchKind.Break ? "break" : "continue", null, 0, Span(branch));
                case ISwitchOperation @switch:
                    return Switch(@switch);
                case ILocalFunctionOperation:
                case IEmptyOperation:
                    // A local function is lowered when called; its declaration does nothing where it stands.
                    return Empty;
                case IThrowOperation:
                    return Unsupported("a throw", operation);
                default:
                    return Unsupported(Describe(operation), operation);
            }
        }

        private static readonly Op Empty = new Op(OpKind.Block);

        private Op Block(IEnumerable<IOperation> statements, IOperation at)
        {
            var items = new List<Op>();
            foreach (var statement in statements) items.Add(Statement(statement));
            return new Op(OpKind.Block, null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(at));
        }

        private Op Declarations(IVariableDeclarationGroupOperation group)
        {
            var items = new List<Op>();
            foreach (var declaration in group.Declarations)
                foreach (var declarator in declaration.Declarators)
                {
                    int slot = scope.Declare(declarator.Symbol);
                    var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                    if (initializer == null) continue;
                    items.Add(new Op(OpKind.Discard, null, null, 0, Span(declarator),
                        new Op(OpKind.Assign, null, null, 0, Span(declarator), new Op(OpKind.Read, null, null, slot, Span(declarator)), Expression(initializer))));
                }
            return new Op(OpKind.Block, null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(group));
        }

        private Op ForEach(IForEachLoopOperation loop)
        {
            ILocalSymbol? variable = loop.LoopControlVariable switch
            {
                IVariableDeclaratorOperation declarator => declarator.Symbol,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (variable == null) return Unsupported("a foreach that deconstructs its items", loop);
            int slot = scope.Declare(variable);
            return new Op(OpKind.ForEach, null, null, slot, Span(loop), Expression(loop.Collection), Statement(loop.Body));
        }

        private Op Switch(ISwitchOperation @switch)
        {
            var items = new List<Op> { Expression(@switch.Value) };
            foreach (var section in @switch.Cases)
            {
                var parts = new List<Op>();
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case ISingleValueCaseClauseOperation single:
                            parts.Add(new Op(OpKind.PatternConstant, null, null, 0, Span(single), Expression(single.Value)));
                            break;
                        case IDefaultCaseClauseOperation:
                            parts.Add(new Op(OpKind.PatternAny, "default", null, -1));
                            break;
                        case IPatternCaseClauseOperation pattern when pattern.Guard == null:
                            parts.Add(Pattern(pattern.Pattern));
                            break;
                        default:
                            return Unsupported("a switch case with a when clause", clause);
                    }
                }
                int patternCount = parts.Count;
                parts.Add(Block(section.Body, section));
                items.Add(new Op(OpKind.Block, null, patternCount, 0, new EquatableArray<Op>(parts.ToArray()), Span(section)));
            }
            return new Op(OpKind.Switch, null, null, 0, new EquatableArray<Op>(items.ToArray()), Span(@switch));
        }

        /// <summary>What an operation is, in words, for the Info diagnostic when evaluation stops there.</summary>
        private static string Describe(IOperation operation) =>
            operation switch
            {
                IInvocationOperation call => "a call of " + call.TargetMethod.ContainingType?.Name + "." + call.TargetMethod.Name,
                IAnonymousFunctionOperation => "a lambda",
                IFieldReferenceOperation field => "the field " + field.Field.Name + " (not a const)",
                IPropertyReferenceOperation property => "the property " + property.Property.ContainingType?.Name + "." + property.Property.Name,
                ITryOperation => "a try statement",
                IUsingOperation => "a using statement",
                ILockOperation => "a lock statement",
                IObjectCreationOperation creation => "a new " + creation.Type?.Name,
                IAwaitOperation => "an await",
                _ => "code of kind " + operation.Kind,
            };
    }
}
