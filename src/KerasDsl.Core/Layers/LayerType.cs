using System;

namespace KerasDsl.Core
{
    /// <summary>A layer class Core knows: its Keras class name and how to make it from arguments.</summary>
    public sealed class LayerType
    {
        public LayerType(string className, Func<LayerArgs, Layer> create)
        {
            ClassName = className;
            Create = create;
            AutoNamePrefix = Naming.ToSnakeCase(className);
        }

        public string ClassName { get; }
        public Func<LayerArgs, Layer> Create { get; }

        /// <summary>Keras's automatic name: <c>dense</c>, <c>max_pooling2d</c>, <c>simple_rnn</c>.</summary>
        public string AutoNamePrefix { get; }
    }
}
