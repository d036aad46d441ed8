using KerasDsl;
using KerasDsl.Samples;

// 1. The seed article's six models: Keras's summary table, and the counts twice: as constants the
//    generator computed at compile time ([KerasModel]), and as the runtime computes them.
var models = new (string Name, Sequential Model, long ConstTotal, long ConstTrainable, long ConstNonTrainable, string ConstOutput)[]
{
    (nameof(SeedModels.Dense), SeedModels.Dense, SeedModels.DenseSummary.TotalParams, SeedModels.DenseSummary.TrainableParams, SeedModels.DenseSummary.NonTrainableParams, SeedModels.DenseSummary.OutputShape),
    (nameof(SeedModels.DenseFormula), SeedModels.DenseFormula, SeedModels.DenseFormulaSummary.TotalParams, SeedModels.DenseFormulaSummary.TrainableParams, SeedModels.DenseFormulaSummary.NonTrainableParams, SeedModels.DenseFormulaSummary.OutputShape),
    (nameof(SeedModels.Conv), SeedModels.Conv, SeedModels.ConvSummary.TotalParams, SeedModels.ConvSummary.TrainableParams, SeedModels.ConvSummary.NonTrainableParams, SeedModels.ConvSummary.OutputShape),
    (nameof(SeedModels.ConvDense), SeedModels.ConvDense, SeedModels.ConvDenseSummary.TotalParams, SeedModels.ConvDenseSummary.TrainableParams, SeedModels.ConvDenseSummary.NonTrainableParams, SeedModels.ConvDenseSummary.OutputShape),
    (nameof(SeedModels.Recurrent), SeedModels.Recurrent, SeedModels.RecurrentSummary.TotalParams, SeedModels.RecurrentSummary.TrainableParams, SeedModels.RecurrentSummary.NonTrainableParams, SeedModels.RecurrentSummary.OutputShape),
    (nameof(SeedModels.Bidirectional), SeedModels.Bidirectional, SeedModels.BidirectionalSummary.TotalParams, SeedModels.BidirectionalSummary.TrainableParams, SeedModels.BidirectionalSummary.NonTrainableParams, SeedModels.BidirectionalSummary.OutputShape),
};
int disagreements = 0;
foreach (var m in models)
{
    Console.WriteLine($"== SeedModels.{m.Name}");
    Console.WriteLine(m.Model.Summary());
    bool same = m.ConstTotal == m.Model.TotalParams && m.ConstTrainable == m.Model.TrainableParams
        && m.ConstNonTrainable == m.Model.NonTrainableParams && m.ConstOutput == m.Model.OutputShape.ToString();
    if (!same) disagreements++;
    Console.WriteLine($"compile-time constants: {m.ConstTotal:N0} total, {m.ConstTrainable:N0} trainable, {m.ConstNonTrainable:N0} non-trainable, output {m.ConstOutput}");
    Console.WriteLine($"runtime:                {m.Model.TotalParams:N0} total, {m.Model.TrainableParams:N0} trainable, {m.Model.NonTrainableParams:N0} non-trainable, output {m.Model.OutputShape}  {(same ? "(equal)" : "(DIFFERENT)")}");
    Console.WriteLine();
}

// A generated constant is a real constant: usable in const declarations and attribute arguments.
const long ConvDenseParams = SeedModels.ConvDenseSummary.TotalParams;
Console.WriteLine($"const long ConvDenseParams = SeedModels.ConvDenseSummary.TotalParams; // {ConvDenseParams}");

// 2. Keras Applications (Applications/*.cs), include_top on ImageNet's sizes: the counts beside Keras's published ones.
Console.WriteLine("\n== Keras Applications (include_top, 1000 classes), BERT-base and GPT-2 small: total, trainable, non-trainable params");
var vgg16 = Applications.Vgg16();
var applications = new (string Name, long Total, long Trainable, long NonTrainable, long KerasTotal, long KerasTrainable, long KerasNonTrainable)[]
{
    (vgg16.Name, vgg16.TotalParams, vgg16.TrainableParams, vgg16.NonTrainableParams, 138_357_544, 138_357_544, 0),
    Application(Applications.ResNet50(), 25_636_712, 25_583_592, 53_120),
    Application(Applications.MobileNetV2(), 3_538_984, 3_504_872, 34_112),
    Application(Applications.InceptionV3(), 23_851_784, 23_817_352, 34_432),
    Application(Applications.DenseNet121(), 8_062_504, 7_978_856, 83_648),
    Application(Applications.EfficientNetB0(), 5_330_571, 5_288_548, 42_023),
    Application(Applications.BertBase(), 109_482_240, 109_482_240, 0),
    Application(Applications.Gpt2Small(), 124_439_808, 124_439_808, 0),
};
foreach (var a in applications)
{
    bool same = a.Total == a.KerasTotal && a.Trainable == a.KerasTrainable && a.NonTrainable == a.KerasNonTrainable;
    if (!same) disagreements++;
    Console.WriteLine($"{a.Name,-22} {a.Total,12:N0} total, {a.Trainable,12:N0} trainable, {a.NonTrainable,7:N0} non-trainable  {(same ? "(as Keras publishes)" : $"(DIFFERENT: Keras publishes {a.KerasTotal:N0}, {a.KerasTrainable:N0}, {a.KerasNonTrainable:N0})")}");
}

// 3. A model Keras refuses (ShapeError.cs): the compiler reported KD0001 at the LSTM call while building
//    these samples (a warning there, see samples/KerasDsl.Samples/.editorconfig); the runtime throws the same ID and words.
try
{
    ShapeError.Build();
}
catch (KerasModelException e)
{
    Console.WriteLine($"\n== ShapeError.cs, refused at run time with the compiler's words\n{e.Id}: {e.Message}");
}
return disagreements == 0 ? 0 : 1;

static (string, long, long, long, long, long, long) Application(Model m, long kerasTotal, long kerasTrainable, long kerasNonTrainable) =>
    (m.Name, m.TotalParams, m.TrainableParams, m.NonTrainableParams, kerasTotal, kerasTrainable, kerasNonTrainable);
