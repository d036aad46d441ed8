// One [KerasModel] per feature of the compiler's evaluator: each gets its constants, and ParityTests compares them with
// what the runtime builds when the program runs the same code.
using System;
using System.Collections.Generic;
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Features
{
    public static partial class Features
    {
        private const int Width = 8;

        // Locals assigned and reassigned, compound assignment, ++ and a for loop.
        [KerasModel]
        public static Sequential Loop
        {
            get
            {
                var model = Sequential().Dense(Width, input: 4);
                int units = Width;
                for (int i = 0; i < 3; i++)
                {
                    units += 4;
                    model = model.Dense(units, activation: i % 2 == 0 ? "relu" : "tanh");
                }
                return model;
            }
        }

        // while, do-while, break and continue.
        [KerasModel]
        public static Sequential WhileAndDo()
        {
            var model = Sequential().Dense(2, input: 2);
            int n = 0;
            while (true)
            {
                n++;
                if (n == 2) continue;
                if (n > 4) break;
                model = model.Dense(n);
            }
            do model = model.Dense(1); while (false);
            return model;
        }

        // A static helper with a default argument, named arguments, and recursion with a bound.
        [KerasModel]
        public static readonly Sequential Helpers = Stack(Sequential().Dense(3, input: 3), depth: 3);

        private static Sequential Stack(Sequential model, int depth, int units = 5) =>
            depth == 0 ? model : Stack(model.Dense(units * depth), depth - 1, units);

        // A local function, string interpolation and concatenation for layer names, and an if/else.
        [KerasModel]
        public static Sequential Names()
        {
            Sequential Block(Sequential m, int i) => m.Dense(4, name: $"block_{i}_dense").Dropout(0.1, name: "block_" + i + "_drop");
            var model = Sequential(name: "named").Dense(4, input: 6);
            for (int i = 1; i <= 2; i++) model = Block(model, i);
            if (model.Name == "named") model = model.Dense(1, name: "head");
            else model = model.Dense(2);
            return model;
        }

        // Tuples, deconstruction, arrays, lists, foreach and a switch statement.
        [KerasModel]
        public static Sequential Collections()
        {
            (int filters, int kernel) = (8, 3);
            var sizes = new[] { 16, 32 };
            var extra = new List<int> { 64 };
            extra.Add(10);
            var model = Sequential().Conv2D(filters, (kernel, kernel), input: (12, 12, 1)).Flatten();
            foreach (var size in sizes) model = model.Dense(size);
            foreach (int size in extra.ToArray())
            {
                switch (size)
                {
                    case 10:
                        model = model.Dense(size, activation: "softmax");
                        break;
                    default:
                        model = model.Dense(size);
                        break;
                }
            }
            return model;
        }

        // A functional model: Input, layers on tensors, a merge of a collection expression, Math, a switch expression with
        // list patterns, and the shape of a tensor read back.
        [KerasModel]
        public static Model Functional() => Graph([2, 3]);

        private static Model Graph(int[] blocks)
        {
            var input = Input(16, name: "features");
            var x = input;
            foreach (var count in blocks)
                for (int i = 0; i < count; i++)
                {
                    var shortcut = x;
                    x = x.Dense((int)x.Shape[-1]!.Value, activation: "relu");
                    x = Add([shortcut, x]);
                }
            x = x.Dense(Math.Max(4, (int)Math.Ceiling(16 * 0.3)));
            string name = blocks switch
            {
                [2, 3] => "two_three",
                [_, ..] => "other",
                _ => "empty",
            };
            return Model(input, x, name: name);
        }

        // MergeMode: its static members (None: two outputs) in a local and as arguments, a string chosen as the program
        // runs, and the default.
        [KerasModel]
        public static Model MergeModes()
        {
            var x = Input((5, 3));
            MergeMode separate = MergeMode.None;
            var both = x.Bidirectional(LSTM(4, returnSequences: true), mergeMode: separate);
            string? mode = Width > 4 ? "ave" : null;
            var y = Add([both[0], both[1]])
                .Bidirectional(GRU(2, returnSequences: true), mergeMode: mode)
                .Bidirectional(SimpleRNN(3, returnSequences: true), mergeMode: MergeMode.Sum)
                .Bidirectional(LSTM(2));
            return Model(x, y);
        }

        // TextSplit: its static members (None: strings not split, another output shape) and Keras's string.
        [KerasModel]
        public static Model TextSplits()
        {
            var text = Input(1, dtype: "string");
            var words = text.TextVectorization(vocabulary: ["a", "b", "c"], outputSequenceLength: 4, split: TextSplit.Whitespace);
            var letters = text.TextVectorization(vocabulary: ["a", "b"], outputMode: "multi_hot", split: "character");
            TextSplit none = TextSplit.None;
            var whole = text.TextVectorization(vocabulary: ["a"], outputMode: "count", split: none);
            return Model([text], [words.Embedding(5, 2).Flatten(), letters, whole]);
        }

        // A shared layer applied twice, and a Sequential applied as a layer.
        [KerasModel]
        public static Model Shared
        {
            get
            {
                var a = Input(8);
                var b = Input(8);
                var dense = Dense(4);
                var head = Sequential().Dense(2).Dense(1);
                var merged = Concatenate([dense.Apply(a), dense.Apply(b)]);
                return Model([a, b], head.Apply(merged));
            }
        }

        // Merge layers made first and applied later, as Keras code does (concat_layer = layers.Concatenate(); concat_layer([a, b])).
        [KerasModel]
        public static Model MergeObjects
        {
            get
            {
                var wide = Input(5, name: "wide");
                var deep = Input(6, name: "deep");
                var hidden = deep.Dense(30, activation: "relu").Dense(30, activation: "relu");
                var concatLayer = Concatenate();
                var concat = concatLayer.Apply(wide, hidden);
                var add = Add(name: "sum");
                var summed = add.Apply(concat.Dense(4), concat.Dense(4));
                return Model([wide, deep], summed.Dense(1));
            }
        }
    }
}
