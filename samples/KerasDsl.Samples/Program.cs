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

// 2. Keras Applications (Applications/*.cs), include_top on ImageNet's sizes: the compile-time constants (each builder method is
//    [KerasModel]: the compiler ran its helpers and loops), the runtime's counts, and Keras's published ones.
Console.WriteLine("\n== Keras Applications (include_top, 1000 classes), BERT-base and GPT-2 small: total, trainable, non-trainable params");
var applications = new (string Name, (long, long, long) Const, (long, long, long) Runtime, (long, long, long) Keras)[]
{
    ("VGG16", (Applications.Vgg16Summary.TotalParams, Applications.Vgg16Summary.TrainableParams, Applications.Vgg16Summary.NonTrainableParams),
        Counts(Applications.Vgg16()), (138_357_544, 138_357_544, 0)),
    ("ResNet50", (Applications.ResNet50Summary.TotalParams, Applications.ResNet50Summary.TrainableParams, Applications.ResNet50Summary.NonTrainableParams),
        Counts(Applications.ResNet50()), (25_636_712, 25_583_592, 53_120)),
    ("MobileNetV2", (Applications.MobileNetV2Alpha100Summary.TotalParams, Applications.MobileNetV2Alpha100Summary.TrainableParams, Applications.MobileNetV2Alpha100Summary.NonTrainableParams),
        Counts(Applications.MobileNetV2()), (3_538_984, 3_504_872, 34_112)),
    ("InceptionV3", (Applications.InceptionV3Summary.TotalParams, Applications.InceptionV3Summary.TrainableParams, Applications.InceptionV3Summary.NonTrainableParams),
        Counts(Applications.InceptionV3()), (23_851_784, 23_817_352, 34_432)),
    ("DenseNet121", (Applications.DenseNet121Summary.TotalParams, Applications.DenseNet121Summary.TrainableParams, Applications.DenseNet121Summary.NonTrainableParams),
        Counts(Applications.DenseNet121()), (8_062_504, 7_978_856, 83_648)),
    ("EfficientNetB0", (Applications.EfficientNetB0Summary.TotalParams, Applications.EfficientNetB0Summary.TrainableParams, Applications.EfficientNetB0Summary.NonTrainableParams),
        Counts(Applications.EfficientNetB0()), (5_330_571, 5_288_548, 42_023)),
    ("BERT-base", (Applications.BertBaseSummary.TotalParams, Applications.BertBaseSummary.TrainableParams, Applications.BertBaseSummary.NonTrainableParams),
        Counts(Applications.BertBase()), (109_482_240, 109_482_240, 0)),
    ("GPT-2 small", (Applications.Gpt2SmallSummary.TotalParams, Applications.Gpt2SmallSummary.TrainableParams, Applications.Gpt2SmallSummary.NonTrainableParams),
        Counts(Applications.Gpt2Small()), (124_439_808, 124_439_808, 0)),
};
foreach (var a in applications)
{
    bool same = a.Const == a.Runtime && a.Runtime == a.Keras;
    if (!same) disagreements++;
    Console.WriteLine($"{a.Name,-15} compile-time {Show(a.Const)} | runtime {Show(a.Runtime)} | Keras {Show(a.Keras)}  {(same ? "(all equal)" : "(DIFFERENT)")}");
}
// The constants are constants: ResNet50's total checked by the compiler itself.
const long ResNet50Params = Applications.ResNet50Summary.TotalParams;
Console.WriteLine($"const long ResNet50Params = Applications.ResNet50Summary.TotalParams; // {ResNet50Params:N0}");

// 3. Real Keras examples ported line by line (PortedFromKeras.cs): one line each, the compile-time total (equal to the
//    runtime's and to the count the example prints, or TensorFlow.js's where it prints none) and the example's source.
Console.WriteLine("\n== Ported from Keras (PortedFromKeras.cs): total params, and the example's source");
var ported = new (string Name, long Const, long Runtime, long Published, string Source)[]
{
    (nameof(PortedFromKeras.KerasIoMnistConvnet), PortedFromKeras.KerasIoMnistConvnetSummary.TotalParams, PortedFromKeras.KerasIoMnistConvnet().TotalParams, 34_826, "keras-team/keras-io examples/vision/mnist_convnet.py"),
    (nameof(PortedFromKeras.KerasIoBidirectionalLstmImdb), PortedFromKeras.KerasIoBidirectionalLstmImdbSummary.TotalParams, PortedFromKeras.KerasIoBidirectionalLstmImdb().TotalParams, 2_757_761, "keras-team/keras-io examples/nlp/bidirectional_lstm_imdb.py"),
    (nameof(PortedFromKeras.KerasIoTimeseriesAnomalyDetection), PortedFromKeras.KerasIoTimeseriesAnomalyDetectionSummary.TotalParams, PortedFromKeras.KerasIoTimeseriesAnomalyDetection().TotalParams, 9_505, "keras-team/keras-io examples/timeseries/timeseries_anomaly_detection.py"),
    (nameof(PortedFromKeras.KerasIoDcganDiscriminator), PortedFromKeras.KerasIoDcganDiscriminatorSummary.TotalParams, PortedFromKeras.KerasIoDcganDiscriminator().TotalParams, 74_625, "keras-team/keras-io examples/generative/dcgan_overriding_train_step.py"),
    (nameof(PortedFromKeras.KerasIoDcganGenerator), PortedFromKeras.KerasIoDcganGeneratorSummary.TotalParams, PortedFromKeras.KerasIoDcganGenerator().TotalParams, 1_339_905, "keras-team/keras-io examples/generative/dcgan_overriding_train_step.py"),
    (nameof(PortedFromKeras.DlwpConvnetMnist), PortedFromKeras.DlwpConvnetMnistSummary.TotalParams, PortedFromKeras.DlwpConvnetMnist().TotalParams, 93_322, "fchollet/deep-learning-with-python-notebooks first_edition/5.1-introduction-to-convnets.ipynb"),
    (nameof(PortedFromKeras.DlwpStackedSimpleRnn), PortedFromKeras.DlwpStackedSimpleRnnSummary.TotalParams, PortedFromKeras.DlwpStackedSimpleRnn().TotalParams, 328_320, "fchollet/deep-learning-with-python-notebooks first_edition/6.2-understanding-recurrent-neural-networks.ipynb"),
    (nameof(PortedFromKeras.DlwpConv1dGruJena), PortedFromKeras.DlwpConv1dGruJenaSummary.TotalParams, PortedFromKeras.DlwpConv1dGruJena().TotalParams, 13_697, "fchollet/deep-learning-with-python-notebooks first_edition/6.4-sequence-processing-with-convnets.ipynb"),
    (nameof(PortedFromKeras.DlwpGanGenerator), PortedFromKeras.DlwpGanGeneratorSummary.TotalParams, PortedFromKeras.DlwpGanGenerator().TotalParams, 6_264_579, "fchollet/deep-learning-with-python-notebooks first_edition/8.5-introduction-to-gans.ipynb"),
    (nameof(PortedFromKeras.DlwpGanDiscriminator), PortedFromKeras.DlwpGanDiscriminatorSummary.TotalParams, PortedFromKeras.DlwpGanDiscriminator().TotalParams, 790_913, "fchollet/deep-learning-with-python-notebooks first_edition/8.5-introduction-to-gans.ipynb"),
    (nameof(PortedFromKeras.HomlFashionMnistMlp), PortedFromKeras.HomlFashionMnistMlpSummary.TotalParams, PortedFromKeras.HomlFashionMnistMlp().TotalParams, 266_610, "ageron/handson-ml3 10_neural_nets_with_keras.ipynb"),
    (nameof(PortedFromKeras.HomlBatchNormHeNormal), PortedFromKeras.HomlBatchNormHeNormalSummary.TotalParams, PortedFromKeras.HomlBatchNormHeNormal().TotalParams, 271_346, "ageron/handson-ml3 11_training_deep_neural_networks.ipynb"),
    (nameof(PortedFromKeras.TfFlowersAugmented), PortedFromKeras.TfFlowersAugmentedSummary.TotalParams, PortedFromKeras.TfFlowersAugmented().TotalParams, 3_989_285, "tensorflow/docs site/en/tutorials/images/classification.ipynb"),
    (nameof(PortedFromKeras.TfDcganGenerator), PortedFromKeras.TfDcganGeneratorSummary.TotalParams, PortedFromKeras.TfDcganGenerator().TotalParams, 2_330_944, "tensorflow/docs site/en/tutorials/generative/dcgan.ipynb"),
    (nameof(PortedFromKeras.TfDcganDiscriminator), PortedFromKeras.TfDcganDiscriminatorSummary.TotalParams, PortedFromKeras.TfDcganDiscriminator().TotalParams, 212_865, "tensorflow/docs site/en/tutorials/generative/dcgan.ipynb"),
    (nameof(PortedFromKeras.TfHiggsCombinedRegularized), PortedFromKeras.TfHiggsCombinedRegularizedSummary.TotalParams, PortedFromKeras.TfHiggsCombinedRegularized().TotalParams, 803_329, "tensorflow/docs site/en/tutorials/keras/overfit_and_underfit.ipynb"),
};
foreach (var p in ported)
{
    bool same = p.Const == p.Runtime && p.Runtime == p.Published;
    if (!same) disagreements++;
    Console.WriteLine($"{p.Name,-34} {p.Const,11:N0}{(same ? "" : $" (DIFFERENT: runtime {p.Runtime:N0}, published {p.Published:N0})")}  {p.Source}");
}

// 4. A model Keras refuses (ShapeError.cs): the compiler reported KD0001 at the LSTM call while building
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

static (long, long, long) Counts(dynamic model) => ((long)model.TotalParams, (long)model.TrainableParams, (long)model.NonTrainableParams);

static string Show((long Total, long Trainable, long NonTrainable) c) => $"{c.Total,11:N0} / {c.Trainable,11:N0} / {c.NonTrainable,6:N0}";
