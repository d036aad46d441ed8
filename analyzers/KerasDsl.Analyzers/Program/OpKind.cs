namespace KerasDsl.Analyzers.Program
{
    /// <summary>
    /// What an <see cref="Op"/> does. The lowering (<c>Lowering/Lowerer</c>) writes only these; the interpreter
    /// (<c>Interpretation/Interpreter</c>) runs only these. Each comment says what <see cref="Op.Name"/>,
    /// <see cref="Op.Value"/>, <see cref="Op.Slot"/> and <see cref="Op.Items"/> hold for the kind.
    /// </summary>
    internal enum OpKind
    {
        // ---- statements ----

        /// <summary>Items: the statements, in order.</summary>
        Block,

        /// <summary>Items[0]: an expression whose value is dropped.</summary>
        Discard,

        /// <summary>Items: the returned value, or none.</summary>
        Return,

        /// <summary>Items: condition, then, and else (absent when there is none). Also the <c>?:</c> expression.</summary>
        If,

        /// <summary>
        /// for/while/do: Items = [before, condition, body, atBottom], each a Block (condition: a Const true when absent).
        /// Value: true when the condition is tested after the body (do-while).
        /// </summary>
        Loop,

        /// <summary>foreach: Slot = the loop variable, Items = [collection, body].</summary>
        ForEach,

        /// <summary>break (Name "break") or continue (Name "continue") of the innermost loop or switch.</summary>
        Jump,

        /// <summary>switch statement: Items = [value, section...]; a section's Items = [pattern..., body] (Value: pattern count).</summary>
        Switch,

        // ---- expressions ----

        /// <summary>A constant: Value (bool, int, long, double, string, char or null).</summary>
        Const,

        /// <summary>Reads the variable in Slot (a local or parameter of the current function).</summary>
        Read,

        /// <summary>Items = [target, value]; target is a Read, an Element or a Tuple of targets (deconstruction).</summary>
        Assign,

        /// <summary>Items = [target, value]; Name = the operator; Value = the operation's <see cref="NumKind"/> as int; Slot 1 when checked.</summary>
        CompoundAssign,

        /// <summary>x++ and friends: Items = [target]; Name "++" or "--"; Value = true when postfix; Slot 1 when checked.</summary>
        Increment,

        /// <summary>Items = [left, right]; Name = the operator (+ - * / % == != &lt; &lt;= &gt; &gt;= &amp;&amp; || &amp; | ^); Value = operand <see cref="NumKind"/> as int; Slot 1 when checked.</summary>
        Binary,

        /// <summary>Items = [operand]; Name = - + ! ~; Value = <see cref="NumKind"/> as int; Slot 1 when checked.</summary>
        Unary,

        /// <summary>Items = [operand]; Value = the target <see cref="NumKind"/> as int; Slot 1 when checked.</summary>
        Convert,

        /// <summary>
        /// A runtime argument struct made from a string by its implicit conversion (<c>Initializer</c>, <c>MergeMode</c>, ...):
        /// Name = the struct's name; Items = [the string]. Only for a string that may be null (a constant one is its Const):
        /// the interpreter keeps a null apart from <c>default</c>, as MergeMode does.
        /// </summary>
        FromString,

        /// <summary>a ?? b: Items = [a, b].</summary>
        Coalesce,

        /// <summary>A tuple literal: Items = its elements.</summary>
        Tuple,

        /// <summary>A new array or list: Items = its elements; Value = the length of an array made without elements (new T[n]: Items = [n]) as true; Name "list" for a List.</summary>
        NewArray,

        /// <summary>array[i], list[i], tensor[i], shape[i]: Items = [collection, index].</summary>
        Element,

        /// <summary>A property of a value: Name = Length, Count, Value, HasValue, Shape, Rank...; Items = [instance].</summary>
        Property,

        /// <summary>A call of a method of the same compilation: Slot = the function's index in the program; Name = its name; Items = arguments in parameter order.</summary>
        CallFunction,

        /// <summary>
        /// A call of KerasDsl's runtime: Name = "Type.Method" (e.g. "Sequential.Dense", "Keras.Input"); Items = the
        /// receiver (a Const null for a static method), then one <see cref="Arg"/> per parameter, in parameter order.
        /// </summary>
        CallRuntime,

        /// <summary>One argument of a runtime call: Name = the parameter's name; Items = [value].</summary>
        Arg,

        /// <summary>
        /// A method of .NET the interpreter knows (list.Add, list.ToArray, Math.Max, int.ToString()): Name = "Type.Method";
        /// Items = [instance (a Const null for a static method), arguments...].
        /// </summary>
        CallBuiltin,

        /// <summary>An interpolated string: Items = its parts (each a Const string or an expression formatted invariantly).</summary>
        Interpolate,

        /// <summary>x is pattern: Items = [value, pattern].</summary>
        Is,

        /// <summary>switch expression: Items = [value, arm...]; an arm's Items = [pattern, result, guard?].</summary>
        SwitchExpression,

        // ---- patterns (only inside Is, Switch and SwitchExpression) ----

        /// <summary>Items = [constant expression]: equal to it.</summary>
        PatternConstant,

        /// <summary>Name = &lt; &lt;= &gt; &gt;=; Items = [constant expression].</summary>
        PatternRelational,

        /// <summary>_ or var: matches anything; Slot = the variable it declares, or -1.</summary>
        PatternAny,

        /// <summary>Name = "not" (Items = [pattern]), "and" or "or" (Items = [left, right]).</summary>
        PatternLogical,

        /// <summary>[p1, p2, ..]: Items = element patterns; Value = true when it has a slice (..) at index Slot.</summary>
        PatternList,

        // ---- refusal ----

        /// <summary>
        /// Code the interpreter does not follow: evaluating it stops the evaluation with an Info diagnostic.
        /// Name = what it is, in words ("a call of Console.ReadLine").
        /// </summary>
        Unsupported,
    }

    /// <summary>The C# types the interpreter computes with; any other type's arithmetic is <see cref="OpKind.Unsupported"/>.</summary>
    internal enum NumKind
    {
        Other = 0,
        Bool,
        Int,
        Long,
        Double,
        String,
        Char,
        /// <summary>A nullable int (int?), as a shape's unknown dimension is written.</summary>
        NullableInt,
        NullableLong,
        NullableDouble,
        /// <summary>object, or a reference to any value: boxing keeps the value.</summary>
        Object,
    }
}
