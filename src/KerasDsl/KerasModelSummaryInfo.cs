using System;
using System.Globalization;

namespace KerasDsl
{
    /// <summary>
    /// One <see cref="KerasModelAttribute">[KerasModel]</see> member's summary as the compiler computed it: an entry of
    /// the generated <c>KerasDsl.Generated.KerasModels.All</c>, the list of every such member of an assembly. The
    /// generator builds each entry from the member's <c>&lt;Member&gt;Summary</c> constants, so a loop over the list
    /// reads the values the constants hold.
    /// </summary>
    public sealed class KerasModelSummaryInfo
    {
        /// <summary>An entry; the generated list calls this with the Summary class's constants.</summary>
        /// <param name="member">The member's full name: namespace, containing types and member, dot-separated.</param>
        /// <param name="name">The model's name (<c>sequential</c>, or the <c>name:</c> it was given).</param>
        /// <param name="totalParams">Total parameters.</param>
        /// <param name="trainableParams">Trainable parameters.</param>
        /// <param name="nonTrainableParams">Non-trainable parameters.</param>
        /// <param name="layerCount">Number of layers.</param>
        /// <param name="outputShape">Output shape, batch dim first, as Keras prints it: <c>(None, 10)</c>.</param>
        /// <param name="text">The summary table, as the model's <c>Summary()</c> prints it.</param>
        public KerasModelSummaryInfo(string member, string name, long totalParams, long trainableParams, long nonTrainableParams,
            int layerCount, string outputShape, string text)
        {
            Member = member ?? throw new ArgumentNullException(nameof(member));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            TotalParams = totalParams;
            TrainableParams = trainableParams;
            NonTrainableParams = nonTrainableParams;
            LayerCount = layerCount;
            OutputShape = outputShape ?? throw new ArgumentNullException(nameof(outputShape));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The member's full name without <c>@</c>: namespace, containing types and member, e.g. <c>Seed.Models.SeedModels.Mlp</c>.</summary>
        public string Member { get; }

        /// <summary>The model's name, as Keras names it: <c>sequential</c>, or the <c>name:</c> it was given.</summary>
        public string Name { get; }

        /// <summary>Total parameters, as Keras's summary counts them.</summary>
        public long TotalParams { get; }

        /// <summary>Parameters that training updates.</summary>
        public long TrainableParams { get; }

        /// <summary>Parameters that training leaves as they are (frozen layers, BatchNormalization's moving statistics).</summary>
        public long NonTrainableParams { get; }

        /// <summary>Number of layers.</summary>
        public int LayerCount { get; }

        /// <summary>The output shape, batch dim first, as Keras prints it: <c>(None, 10)</c>.</summary>
        public string OutputShape { get; }

        /// <summary>The summary table, as the model's <c>Summary()</c> prints it.</summary>
        public string Text { get; }

        /// <summary><c>Seed.Models.SeedModels.Mlp (sequential): 123 params</c>.</summary>
        public override string ToString() =>
            Member + " (" + Name + "): " + TotalParams.ToString("#,0", CultureInfo.InvariantCulture) + " params";
    }
}
