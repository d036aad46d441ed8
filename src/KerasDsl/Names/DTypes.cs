namespace KerasDsl
{
    /// <summary>
    /// Keras 3's dtype policy names, for <c>dtype:</c> (keras/src/dtype_policies: "mixed_float16", "mixed_bfloat16", or a dtype of
    /// keras/src/backend/common/dtypes.py). A string is still accepted. Quantized policies ("int8_from_float32") change the
    /// weights and are refused.
    /// </summary>
    public static class DTypes
    {
        /// <summary><c>"float32"</c>: Keras's default policy.</summary>
        public const string Float32 = "float32";

        /// <summary><c>"float16"</c>.</summary>
        public const string Float16 = "float16";

        /// <summary><c>"bfloat16"</c>.</summary>
        public const string Bfloat16 = "bfloat16";

        /// <summary><c>"float64"</c>.</summary>
        public const string Float64 = "float64";

        /// <summary><c>"mixed_float16"</c>: computes in float16, keeps the weights in float32.</summary>
        public const string MixedFloat16 = "mixed_float16";

        /// <summary><c>"mixed_bfloat16"</c>: computes in bfloat16, keeps the weights in float32.</summary>
        public const string MixedBfloat16 = "mixed_bfloat16";

        /// <summary><c>"int32"</c>.</summary>
        public const string Int32 = "int32";

        /// <summary><c>"int64"</c>.</summary>
        public const string Int64 = "int64";

        /// <summary><c>"int16"</c>.</summary>
        public const string Int16 = "int16";

        /// <summary><c>"uint8"</c>.</summary>
        public const string Uint8 = "uint8";

        /// <summary><c>"uint16"</c>.</summary>
        public const string Uint16 = "uint16";

        /// <summary><c>"uint32"</c>.</summary>
        public const string Uint32 = "uint32";

        /// <summary><c>"uint64"</c>.</summary>
        public const string Uint64 = "uint64";

        /// <summary><c>"bool"</c>.</summary>
        public const string Bool = "bool";

        /// <summary><c>"string"</c>.</summary>
        public const string String = "string";

        /// <summary><c>"complex64"</c>.</summary>
        public const string Complex64 = "complex64";

        /// <summary><c>"complex128"</c>.</summary>
        public const string Complex128 = "complex128";
    }
}
