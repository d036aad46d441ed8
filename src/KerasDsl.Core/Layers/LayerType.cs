using System;

namespace KerasDsl.Core
{
    /// <summary>A layer class Core knows: its Keras class name and how to make it from arguments.</summary>
    internal sealed class LayerType
    {
        public LayerType(string className, Func<LayerArgs, Layer> create)
        {
            ClassName = className;
            Create = create;
        }

        private string? autoNamePrefix;

        public string ClassName { get; }
        public Func<LayerArgs, Layer> Create { get; }

        /// <summary>
        /// Keras's automatic name: <c>dense</c>, <c>max_pooling2d</c>, <c>simple_rnn</c>. Computed on first use (a
        /// benign race: every thread computes the same string), so that loading the catalog of 65 layer types does not
        /// run the snake_case regexes 65 times, a cost every compilation's analyzer would pay.
        /// </summary>
        public string AutoNamePrefix => autoNamePrefix ??= Naming.ToSnakeCase(ClassName);
    }
}
