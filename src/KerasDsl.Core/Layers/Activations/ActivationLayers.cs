using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class ActivationLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Activation.Type,
            ReLU.Type,
            LeakyReLU.Type,
            PReLU.Type,
            ELU.Type,
            Softmax.Type,
        });
    }
}
