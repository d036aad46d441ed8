namespace KerasDsl.Core
{
    /// <summary>One row of a model summary: a layer, its output shape and its own parameter count.</summary>
    public sealed class LayerRow
    {
        public LayerRow(int index, string name, string className, Shape outputShape, long @params, long trainableParams, bool trainable)
        {
            Index = index;
            Name = name;
            ClassName = className;
            OutputShape = outputShape;
            Params = @params;
            TrainableParams = trainableParams;
            Trainable = trainable;
        }

        public int Index { get; }
        public string Name { get; }
        public string ClassName { get; }
        public Shape OutputShape { get; }
        public long Params { get; }
        public long TrainableParams { get; }
        public long NonTrainableParams => Params - TrainableParams;
        public bool Trainable { get; }
    }
}
