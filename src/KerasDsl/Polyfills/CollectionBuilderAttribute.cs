namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// C# 12's attribute naming a collection type's builder method, which netstandard2.0 lacks (.NET 8 has it). The compiler
    /// matches it by its full name, from any assembly and at any accessibility, so this internal copy makes
    /// <c>input: [28, 28, 1]</c> compile in every project that references KerasDsl, whatever its target framework.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
    internal sealed class CollectionBuilderAttribute : Attribute
    {
        public CollectionBuilderAttribute(Type builderType, string methodName)
        {
            BuilderType = builderType;
            MethodName = methodName;
        }

        public Type BuilderType { get; }

        public string MethodName { get; }
    }
}
