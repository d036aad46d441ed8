using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// What a model offers when it is used as a layer of another model (<see cref="ModelLayer"/>): Sequential and
    /// functional models alike.
    /// </summary>
    internal interface IKerasModel
    {
        string Name { get; }

        /// <summary>True when name: was given; false for Keras's automatic "sequential"/"functional".</summary>
        bool HasExplicitName { get; }

        /// <summary>"Sequential" or "Functional", the class a summary row shows for a nested model.</summary>
        string ClassName { get; }

        long CreationOrder { get; }

        bool Trainable { get; }

        /// <summary>The layers that belong to the model (not counting itself), each once, for naming and weights.</summary>
        IReadOnlyList<Layer> Layers { get; }

        /// <summary>
        /// Runs the model's layers on new input shapes (their weights kept, as calling a built Keras model does) and
        /// returns the output shapes. Refuses inputs the model's own inputs cannot take.
        /// </summary>
        IReadOnlyList<Shape> Reapply(IReadOnlyList<Shape> inputs, string inputSource);
    }
}
