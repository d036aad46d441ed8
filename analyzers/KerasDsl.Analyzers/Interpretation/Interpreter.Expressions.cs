using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    internal sealed partial class Interpreter
    {
        private object? Eval(Op op)
        {
            Step(op);
            // A chain of thousands of calls nests as deep: end with a stop, never with the compiler's stack overflowing.
            EnsureStack(op);
            var value = EvalKnownOrNot(op);
            return value;
        }

        private object? EvalKnownOrNot(Op op)
        {
            switch (op.Kind)
            {
                case OpKind.Const:
                    return op.Value;
                case OpKind.Read:
                    return frame.Slots[op.Slot];
                case OpKind.Assign:
                    {
                        var value = Eval(op[1]);
                        Store(op[0], value);
                        return value;
                    }
                case OpKind.CompoundAssign:
                    {
                        var current = Load(op[0]);
                        var result = Arithmetic(op.Name!, (NumKind)(int)op.Value!, op.Slot == 1, current, Eval(op[1]), op);
                        Store(op[0], result);
                        return result;
                    }
                case OpKind.Increment:
                    {
                        var current = Load(op[0]);
                        var one = current is long ? (object)1L : 1;
                        var result = Arithmetic(op.Name == "++" ? "+" : "-", current is long ? NumKind.Long : NumKind.Int, op.Slot == 1, current, one, op);
                        Store(op[0], result);
                        return op.Value is true ? current : result;
                    }
                case OpKind.Binary:
                    return Binary(op);
                case OpKind.Unary:
                    return Unary(op);
                case OpKind.Convert:
                    return Convert(Eval(op[0]), (NumKind)(int)op.Value!, op.Slot == 1, op);
                case OpKind.If:
                    {
                        var condition = Eval(op[0]);
                        if (IsUnknown(condition)) return condition;
                        return Bool(condition, op[0]) ? Eval(op[1]) : Eval(op[2]);
                    }
                case OpKind.FromString:
                    return Eval(op[0]) ?? NullString.Value;
                case OpKind.Coalesce:
                    return Eval(op[0]) ?? Eval(op[1]);
                case OpKind.Tuple:
                    {
                        var items = new object?[op.Items.Count];
                        for (int i = 0; i < items.Length; i++) items[i] = Eval(op[i]);
                        return new TupleValue(items);
                    }
                case OpKind.NewArray:
                    return NewArray(op);
                case OpKind.Element:
                    return Element(Eval(op[0]), Eval(op[1]), op);
                case OpKind.Property:
                    return Property(op.Name!, Eval(op[0]), op);
                case OpKind.CallFunction:
                    return CallFunction(op);
                case OpKind.CallRuntime:
                    return CallRuntime(op);
                case OpKind.CallBuiltin:
                    return CallBuiltin(op);
                case OpKind.Interpolate:
                    return Interpolate(op);
                case OpKind.Is:
                    return Matches(Eval(op[0]), op[1]);
                case OpKind.SwitchExpression:
                    {
                        var value = Eval(op[0]);
                        for (int i = 1; i < op.Items.Count; i++)
                        {
                            var arm = op[i];
                            if (Matches(value, arm[0]) && (arm.Items.Count < 3 || Bool(Eval(arm[2]), arm[2]))) return Eval(arm[1]);
                        }
                        throw Stopped(StopKind.Throws, "a switch expression that matches no arm (SwitchExpressionException)", op);
                    }
                case OpKind.Unsupported:
                    foreach (var item in op.Items) Eval(item);
                    if (lenient) return Unknown.Value;
                    throw Stopped(StopKind.Unsupported, op.Name!, op);
                default:
                    throw Stopped(StopKind.Unsupported, "code of kind " + op.Kind, op);
            }
        }

        // ---- variables and places ----

        private object? Load(Op target) =>
            target.Kind switch
            {
                OpKind.Read => frame.Slots[target.Slot],
                OpKind.Element => Element(Eval(target[0]), Eval(target[1]), target),
                _ => throw Stopped(StopKind.Unsupported, "a compound assignment to this kind of place", target),
            };

        private void Store(Op target, object? value)
        {
            switch (target.Kind)
            {
                case OpKind.Read:
                    frame.Slots[target.Slot] = value;
                    return;
                case OpKind.Const when target.Name == "_":
                    return;
                case OpKind.Tuple:
                    if (!(value is TupleValue tuple) || tuple.Items.Length != target.Items.Count)
                        throw Stopped(StopKind.Unsupported, "a deconstruction of " + Describe(value), target);
                    for (int i = 0; i < tuple.Items.Length; i++) Store(target[i], tuple.Items[i]);
                    return;
                case OpKind.Element:
                    {
                        var collection = Eval(target[0]);
                        var indexValue = Eval(target[1]);
                        if (IsUnknown(collection)) return;
                        if (IsUnknown(indexValue) && collection is ListValue unknownAt)
                        {
                            for (int i = 0; i < unknownAt.Items.Count; i++) unknownAt.Items[i] = Unknown.Value;
                            return;
                        }
                        int index = Index(indexValue, target[1]);
                        if (!(collection is ListValue list)) throw Stopped(StopKind.Unsupported, "a write into " + Describe(collection), target);
                        if ((uint)index >= (uint)list.Items.Count) throw Stopped(StopKind.Throws, $"index {index} is out of range (IndexOutOfRangeException)", target);
                        list.Items[index] = value;
                        return;
                    }
                default:
                    throw Stopped(StopKind.Unsupported, "an assignment to this kind of place", target);
            }
        }

        // ---- arithmetic, with C#'s semantics ----

        private object? Binary(Op op)
        {
            string name = op.Name!;
            if (name == "&&") return Bool(Eval(op[0]), op[0]) && Bool(Eval(op[1]), op[1]);
            if (name == "||") return Bool(Eval(op[0]), op[0]) || Bool(Eval(op[1]), op[1]);
            var left = Eval(op[0]);
            var right = Eval(op[1]);
            return Arithmetic(name, (NumKind)(int)op.Value!, op.Slot == 1, left, right, op);
        }

        private object? Arithmetic(string name, NumKind kind, bool isChecked, object? left, object? right, Op at)
        {
            if (IsUnknown(left) || IsUnknown(right)) return Either(left, right);
            // String concatenation: C# calls ToString() on the other operand (its culture's for numbers: integers only here).
            if ((left is string || right is string) && name == "+") return Text(left, at) + Text(right, at);
            if (name == "==" || name == "!=")
            {
                bool equal = left == null || right == null ? left == null && right == null : NumericEquals(left, right);
                return name == "==" ? equal : !equal;
            }
            // Lifted operators: a null operand gives null (and false for a comparison), as C# does.
            if (left == null || right == null) return name is "<" or "<=" or ">" or ">=" ? (object)false : null;
            switch (left, right)
            {
                case (bool a, bool b):
                    return name switch { "&" => a & b, "|" => a | b, "^" => a ^ b, _ => throw Stopped(StopKind.Unsupported, $"the operator {name} on bools", at) };
                case (int a, int b):
                    return IntOp(name, a, b, isChecked, at);
                case (long a, long b):
                    return LongOp(name, a, b, isChecked, at);
                case (double a, double b):
                    return DoubleOp(name, a, b, at);
                case (char a, char b) when name is "<" or "<=" or ">" or ">=":
                    return IntOp(name, a, b, isChecked, at);
            }
            throw Stopped(StopKind.Unsupported, $"the operator {name} on {Describe(left)} and {Describe(right)}", at);
        }

        private static bool NumericEquals(object left, object right) =>
            (left, right) switch
            {
                (int a, int b) => a == b,
                (long a, long b) => a == b,
                (double a, double b) => a == b,
                (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
                _ => Equals(left, right) || ReferenceEquals(left, right),
            };

        private object IntOp(string name, int a, int b, bool isChecked, Op at)
        {
            try
            {
                switch (name)
                {
                    case "+": return isChecked ? checked(a + b) : unchecked(a + b);
                    case "-": return isChecked ? checked(a - b) : unchecked(a - b);
                    case "*": return isChecked ? checked(a * b) : unchecked(a * b);
                    case "/": return a / b;
                    case "%": return a % b;
                    case "<": return a < b;
                    case "<=": return a <= b;
                    case ">": return a > b;
                    case ">=": return a >= b;
                    case "&": return a & b;
                    case "|": return a | b;
                    case "^": return a ^ b;
                }
            }
            catch (ArithmeticException e)
            {
                throw Stopped(StopKind.Throws, $"{a} {name} {b} throws {e.GetType().Name}", at);
            }
            throw Stopped(StopKind.Unsupported, $"the operator {name} on integers", at);
        }

        private object LongOp(string name, long a, long b, bool isChecked, Op at)
        {
            try
            {
                switch (name)
                {
                    case "+": return isChecked ? checked(a + b) : unchecked(a + b);
                    case "-": return isChecked ? checked(a - b) : unchecked(a - b);
                    case "*": return isChecked ? checked(a * b) : unchecked(a * b);
                    case "/": return a / b;
                    case "%": return a % b;
                    case "<": return a < b;
                    case "<=": return a <= b;
                    case ">": return a > b;
                    case ">=": return a >= b;
                    case "&": return a & b;
                    case "|": return a | b;
                    case "^": return a ^ b;
                }
            }
            catch (ArithmeticException e)
            {
                throw Stopped(StopKind.Throws, $"{a} {name} {b} throws {e.GetType().Name}", at);
            }
            throw Stopped(StopKind.Unsupported, $"the operator {name} on integers", at);
        }

        private object DoubleOp(string name, double a, double b, Op at) =>
            name switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                "%" => a % b,
                "<" => a < b,
                "<=" => a <= b,
                ">" => a > b,
                ">=" => a >= b,
                _ => throw Stopped(StopKind.Unsupported, $"the operator {name} on numbers", at),
            };

        private object? Unary(Op op)
        {
            var value = Eval(op[0]);
            if (IsUnknown(value)) return value;
            switch (op.Name, value)
            {
                case ("!", bool b): return !b;
                case ("+", _): return value;
                case ("-", null): return null;
                case ("-", int i):
                    if (op.Slot == 1 && i == int.MinValue) throw Stopped(StopKind.Throws, "-int.MinValue throws OverflowException", op);
                    return unchecked(-i);
                case ("-", long l):
                    if (op.Slot == 1 && l == long.MinValue) throw Stopped(StopKind.Throws, "-long.MinValue throws OverflowException", op);
                    return unchecked(-l);
                case ("-", double d): return -d;
            }
            throw Stopped(StopKind.Unsupported, $"the operator {op.Name} on {Describe(value)}", op);
        }

        /// <summary>C#'s numeric conversions (explicit ones truncate toward zero; checked ones throw on overflow, as does (int)null).</summary>
        private object? Convert(object? value, NumKind to, bool isChecked, Op at)
        {
            if (IsUnknown(value)) return value;
            if (value == null)
            {
                if (to is NumKind.NullableInt or NumKind.NullableLong or NumKind.NullableDouble) return null;
                throw Stopped(StopKind.Throws, "a null converted to a number (InvalidOperationException: Nullable object must have a value)", at);
            }
            try
            {
                switch (to)
                {
                    case NumKind.Int:
                    case NumKind.NullableInt:
                        return value switch
                        {
                            int i => i,
                            long l => isChecked ? checked((int)l) : unchecked((int)l),
                            double d => isChecked ? checked((int)d) : DoubleToInt(d, at),
                            char c => (int)c,
                            _ => throw Stopped(StopKind.Unsupported, "a conversion of " + Describe(value) + " to int", at),
                        };
                    case NumKind.Long:
                    case NumKind.NullableLong:
                        return value switch
                        {
                            int i => (long)i,
                            long l => l,
                            double d => isChecked ? checked((long)d) : DoubleToLong(d, at),
                            char c => (long)c,
                            _ => throw Stopped(StopKind.Unsupported, "a conversion of " + Describe(value) + " to long", at),
                        };
                    case NumKind.Double:
                    case NumKind.NullableDouble:
                        return value switch
                        {
                            int i => (double)i,
                            long l => (double)l,
                            double d => d,
                            _ => throw Stopped(StopKind.Unsupported, "a conversion of " + Describe(value) + " to double", at),
                        };
                    case NumKind.Char:
                        return value switch
                        {
                            char c => c,
                            int i => isChecked ? checked((char)i) : unchecked((char)i),
                            _ => throw Stopped(StopKind.Unsupported, "a conversion of " + Describe(value) + " to char", at),
                        };
                }
            }
            catch (OverflowException)
            {
                throw Stopped(StopKind.Throws, $"the conversion of {value} throws OverflowException", at);
            }
            throw Stopped(StopKind.Unsupported, "a conversion to " + to, at);
        }

        /// <summary>An unchecked (int)double whose value does not fit is unspecified in C# (it differs by platform): not guessed.</summary>
        private int DoubleToInt(double d, Op at) =>
            d > int.MinValue - 1.0 && d < int.MaxValue + 1.0 ? (int)d : throw Stopped(StopKind.Unsupported, $"(int){d.ToString("R", CultureInfo.InvariantCulture)}, whose result C# leaves unspecified", at);

        private long DoubleToLong(double d, Op at) =>
            d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 ? (long)d : throw Stopped(StopKind.Unsupported, $"(long){d.ToString("R", CultureInfo.InvariantCulture)}, whose result C# leaves unspecified", at);

        private bool Bool(object? value, Op at) =>
            value is bool b ? b : IsUnknown(value) ? throw new UnknownCondition() : throw Stopped(StopKind.Unsupported, "a condition that is " + Describe(value), at);

        private int Index(object? value, Op at) =>
            value switch
            {
                int i => i,
                _ => throw Stopped(StopKind.Unsupported, "an index that is " + Describe(value), at),
            };

        /// <summary>A value as C#'s string concatenation writes it; only what does not depend on the culture.</summary>
        private string Text(object? value, Op at) =>
            value switch
            {
                Unknown _ => throw new UnknownText(),
                null => "",
                string s => s,
                char c => c.ToString(),
                bool b => b ? "True" : "False",
                // The current culture's negative sign is '-' in every culture .NET ships but a few; the program's culture is unknown here.
                int i => i.ToString(CultureInfo.InvariantCulture),
                long l => l.ToString(CultureInfo.InvariantCulture),
                _ => throw Stopped(StopKind.Unsupported,
                    $"{Describe(value)} written into a string with the current culture (use FormattableString.Invariant or an integer)", at),
            };

        // ---- collections ----

        private object NewArray(Op op)
        {
            bool isList = op.Name == "list";
            if (op.Value is true)
            {
                int length = Index(Eval(op[0]), op[0]);
                if (length < 0) throw Stopped(StopKind.Throws, "an array of negative length (OverflowException)", op);
                if (length > MaxSteps) throw Stopped(StopKind.StepBudget, $"an array of {length:N0} items", op);
                var empty = new List<object?>(length);
                for (int i = 0; i < length; i++) empty.Add(null);
                return new ListValue(empty, false);
            }
            var items = new List<object?>(op.Items.Count);
            for (int i = 0; i < op.Items.Count; i++)
            {
                var item = op[i];
                // new List<T>(capacity): the capacity is evaluated, and holds nothing.
                if (item.Kind == OpKind.Discard)
                {
                    Eval(item[0]);
                    continue;
                }
                items.Add(Eval(item));
            }
            return new ListValue(items, isList);
        }

        private object? Element(object? collection, object? indexValue, Op at)
        {
            if (IsUnknown(collection) || IsUnknown(indexValue)) return Either(collection, indexValue);
            int index = Index(indexValue, at);
            switch (collection)
            {
                case TupleValue tuple when (uint)index < (uint)tuple.Items.Length:
                    return tuple.Items[index];
                case ListValue list:
                    if ((uint)index >= (uint)list.Items.Count)
                        throw Stopped(StopKind.Throws, $"index {index} is out of range for {list.Items.Count} items ({(list.IsList ? "ArgumentOutOfRangeException" : "IndexOutOfRangeException")})", at);
                    return list.Items[index];
                case TensorValue tensor:
                    return Runtime(() => new TensorValue(new[] { ApiSemantics.Output(tensor.Tensors, index) }), at);
                case Shape shape:
                    int position = index < 0 ? shape.Rank + index : index;
                    if ((uint)position >= (uint)shape.Rank) throw Stopped(StopKind.Throws, $"index {index} is out of range for the shape {shape} (IndexOutOfRangeException)", at);
                    return shape[index];
                case IReadOnlyList<long?> dims:
                    if ((uint)index >= (uint)dims.Count) throw Stopped(StopKind.Throws, $"index {index} is out of range ({dims.Count} dims)", at);
                    return dims[index];
                case IReadOnlyList<Shape> shapes:
                    if ((uint)index >= (uint)shapes.Count) throw Stopped(StopKind.Throws, $"index {index} is out of range ({shapes.Count} shapes)", at);
                    return shapes[index];
                case string s:
                    if ((uint)index >= (uint)s.Length) throw Stopped(StopKind.Throws, $"index {index} is out of range (IndexOutOfRangeException)", at);
                    return s[index];
                case null:
                    throw Stopped(StopKind.Throws, "an index into null (NullReferenceException)", at);
            }
            throw Stopped(StopKind.Unsupported, "an index into " + Describe(collection), at);
        }

        // ---- builtins ----

        private object? CallBuiltin(Op op)
        {
            var instance = Eval(op[0]);
            var args = new object?[op.Items.Count - 1];
            for (int i = 0; i < args.Length; i++) args[i] = Eval(op[i + 1]);
            if (IsUnknown(instance) || System.Array.Exists(args, IsUnknown))
            {
                // list.Add(unknown) makes the list unknown in part: the list itself is kept, its item unknown.
                var unknown = IsUnknown(instance) ? (Unknown)instance! : Either(System.Array.Find(args, IsUnknown));
                if (op.Name == "List.Add" && instance is ListValue partial) partial.Items.Add(unknown);
                return unknown;
            }
            switch (op.Name)
            {
                case "List.Add" when instance is ListValue list:
                    list.Items.Add(args[0]);
                    return null;
                case "List.ToArray" when instance is ListValue list:
                    return new ListValue(new List<object?>(list.Items), false);
                case "ToString":
                    return Text(instance, op);
                case "Math.Max":
                case "Math.Min":
                    {
                        bool max = op.Name == "Math.Max";
                        // Each arm boxed as its own type: a switch expression's arms of int, long and double would all become double.
                        return (args[0], args[1]) switch
                        {
                            (int a, int b) => (object)(max ? Math.Max(a, b) : Math.Min(a, b)),
                            (long a, long b) => (object)(max ? Math.Max(a, b) : Math.Min(a, b)),
                            (double a, double b) => (object)(max ? Math.Max(a, b) : Math.Min(a, b)),
                            _ => throw Stopped(StopKind.Unsupported, op.Name + " of " + Describe(args[0]), op),
                        };
                    }
                case "Math.Abs":
                    return args[0] switch
                    {
                        int a when a != int.MinValue => (object)Math.Abs(a),
                        long a when a != long.MinValue => (object)Math.Abs(a),
                        double a => (object)Math.Abs(a),
                        _ => throw Stopped(StopKind.Throws, "Math.Abs of the smallest integer (OverflowException)", op),
                    };
                case "Math.Ceiling" when args[0] is double d: return Math.Ceiling(d);
                case "Math.Floor" when args[0] is double d: return Math.Floor(d);
                case "Math.Round" when args[0] is double d: return Math.Round(d);
                case "Math.Sqrt" when args[0] is double d: return Math.Sqrt(d);
                case "Math.Pow" when args[0] is double a && args[1] is double b: return Math.Pow(a, b);
            }
            throw Stopped(StopKind.Unsupported, "a call of " + op.Name + " on " + Describe(instance), op);
        }

        /// <summary>An unknown value written into a string: the string is unknown.</summary>
        private sealed class UnknownText : Exception
        {
        }

        private object Interpolate(Op op)
        {
            try
            {
                return InterpolateKnown(op);
            }
            catch (UnknownText)
            {
                return Unknown.Value;
            }
        }

        private string InterpolateKnown(Op op)
        {
            bool invariant = op.Value is true;
            var sb = new StringBuilder();
            foreach (var part in op.Items)
            {
                if (part.Kind != OpKind.Interpolate)
                {
                    sb.Append(Text(Eval(part), part));
                    continue;
                }
                var value = Eval(part[0]);
                if (IsUnknown(value)) throw new UnknownText();
                string? format = part.Name;
                if (format == null && !(value is double)) sb.Append(Text(value, part));
                else if (invariant && value is IFormattable formattable && !(value is string)) sb.Append(formattable.ToString(format, CultureInfo.InvariantCulture));
                else if (format != null && value is int or long && IsCultureFreeIntegerFormat(format)) sb.Append(((IFormattable)value).ToString(format, CultureInfo.InvariantCulture));
                else throw Stopped(StopKind.Unsupported, $"{Describe(value)} formatted with the current culture (wrap the string in FormattableString.Invariant)", part);
            }
            return sb.ToString();
        }

        /// <summary>Integer formats whose output no culture changes: zero-padding ("D3", "000") and hexadecimal.</summary>
        private static bool IsCultureFreeIntegerFormat(string format)
        {
            if (format.Length >= 1 && (format[0] is 'D' or 'd' or 'X' or 'x'))
            {
                for (int i = 1; i < format.Length; i++)
                    if (!char.IsDigit(format[i])) return false;
                return true;
            }
            foreach (char c in format)
                if (c != '0' && c != '#') return false;
            return format.Length > 0;
        }

        // ---- patterns ----

        private bool Matches(object? value, Op pattern)
        {
            if (IsUnknown(value)) throw new UnknownCondition();
            switch (pattern.Kind)
            {
                case OpKind.PatternAny:
                    if (pattern.Name == "default") return false;
                    if (pattern.Slot >= 0) frame.Slots[pattern.Slot] = value;
                    return true;
                case OpKind.PatternConstant:
                    {
                        var constant = Eval(pattern[0]);
                        return value == null || constant == null ? value == null && constant == null : NumericEquals(Widen(value, constant), Widen(constant, value));
                    }
                case OpKind.PatternRelational:
                    {
                        var constant = Eval(pattern[0]);
                        if (value == null || constant == null) return false;
                        return Arithmetic(pattern.Name!, NumKind.Other, false, Widen(value, constant), Widen(constant, value), pattern) is true;
                    }
                case OpKind.PatternLogical:
                    return pattern.Name switch
                    {
                        "not" => !Matches(value, pattern[0]),
                        "and" => Matches(value, pattern[0]) && Matches(value, pattern[1]),
                        _ => Matches(value, pattern[0]) || Matches(value, pattern[1]),
                    };
                case OpKind.PatternList:
                    {
                        IReadOnlyList<object?>? items = value switch
                        {
                            ListValue list => list.Items,
                            string s => Chars(s),
                            _ => null,
                        };
                        if (items == null) return false;
                        bool hasSlice = pattern.Value is true;
                        int count = pattern.Items.Count;
                        if (hasSlice ? items.Count < count : items.Count != count) return false;
                        for (int i = 0; i < count; i++)
                        {
                            int at = hasSlice && i >= pattern.Slot ? items.Count - (count - i) : i;
                            if (!Matches(items[at], pattern[i])) return false;
                        }
                        return true;
                    }
                default:
                    throw Stopped(StopKind.Unsupported, "a pattern of kind " + pattern.Kind, pattern);
            }
        }

        /// <summary>A constant pattern compares as C# converts the constant to the tested value's type (an int constant against a long).</summary>
        private static object Widen(object value, object? other) =>
            (value, other) switch
            {
                (int i, long _) => (long)i,
                (int i, double _) => (double)i,
                (long l, double _) => (double)l,
                _ => value,
            };
    }
}
