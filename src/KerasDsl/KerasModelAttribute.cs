using System;

namespace KerasDsl
{
    /// <summary>
    /// Marks a model whose counts the compiler turns into constants: on a static field with an
    /// initializer, or a static get-only property with an initializer or expression body, of a
    /// partial type, KerasDsl's source generator adds a nested <c>&lt;Member&gt;Summary</c> class
    /// (<c>TotalParams</c>, <c>TrainableParams</c>, <c>NonTrainableParams</c>, <c>LayerCount</c>,
    /// <c>OutputShape</c>, <c>Text</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class KerasModelAttribute : Attribute
    {
    }
}
