using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

/// <summary>
/// Real Keras examples, ported line by line: each method is one model of one published example, its Python statements
/// in the same order and with the same arguments (initializers, regularizers, <c>Input</c>, augmentation blocks), a
/// Python variable a C# local, and each <c>model.add(...)</c> statement <c>model = model.Add(...)</c> (a Sequential is
/// immutable: Add returns the longer model). Each doc comment names the source (repository and file) and where the
/// expected counts come from: the summary the example prints, or TensorFlow.js 4.22 (the same model built with
/// <c>tf.layers</c>, its weights counted) where the example's printout is not in its repository. Where the port must say
/// something the Python does not (Keras 2's defaults that Keras 3 changed), the comment says what and why.
/// [KerasModel] gives each its constants (<c>PortedFromKeras.KerasIoMnistConvnetSummary.TotalParams</c>).
/// </summary>
public static partial class PortedFromKeras
{
    /// <summary>
    /// keras-team/keras-io examples/vision/mnist_convnet.py ("Simple MNIST convnet"): Keras 3's style, <c>keras.Input</c>
    /// as the Sequential's first element. Expected: the summary printed in examples/vision/md/mnist_convnet.md,
    /// 34,826 total, 34,826 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential KerasIoMnistConvnet()
    {
        const int numClasses = 10;
        InputShape inputShape = (28, 28, 1);

        var model = Sequential()
            .Input(inputShape)
            .Conv2D(32, kernelSize: (3, 3), activation: "relu")
            .MaxPooling2D(poolSize: (2, 2))
            .Conv2D(64, kernelSize: (3, 3), activation: "relu")
            .MaxPooling2D(poolSize: (2, 2))
            .Flatten()
            .Dropout(0.5)
            .Dense(numClasses, activation: "softmax");
        return model;
    }

    /// <summary>
    /// keras-team/keras-io examples/nlp/bidirectional_lstm_imdb.py ("Bidirectional LSTM on IMDB"): the functional API on
    /// a variable-length input of token ids, Keras's <c>shape=(None,)</c> written <c>[null]</c>. Expected: the summary in
    /// examples/nlp/md/bidirectional_lstm_imdb.md, 2,757,761 total, 2,757,761 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Model KerasIoBidirectionalLstmImdb()
    {
        const int maxFeatures = 20000;   // only consider the top 20k words

        // Input for variable-length sequences of integers
        var inputs = Input([null], dtype: "int32");
        // Embed each integer in a 128-dimensional vector
        var x = inputs.Embedding(maxFeatures, 128);
        // Add 2 bidirectional LSTMs
        x = x.Bidirectional(LSTM(64, returnSequences: true));
        x = x.Bidirectional(LSTM(64));
        // Add a classifier
        var outputs = x.Dense(1, activation: "sigmoid");
        var model = Model(inputs, outputs);
        return model;
    }

    /// <summary>
    /// keras-team/keras-io examples/timeseries/timeseries_anomaly_detection.py ("Timeseries anomaly detection using an
    /// Autoencoder"): Conv1D down, Conv1DTranspose up. The input is <c>(x_train.shape[1], x_train.shape[2])</c>, and
    /// the example prints x_train's shape, (3745, 288, 1). Expected: the summary in
    /// examples/timeseries/md/timeseries_anomaly_detection.md, 9,505 total, 9,505 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential KerasIoTimeseriesAnomalyDetection()
    {
        const int timeSteps = 288;   // TIME_STEPS: one day of 5-minute values
        const int numFeatures = 1;

        var model = Sequential()
            .Input((timeSteps, numFeatures))
            .Conv1D(filters: 32, kernelSize: 7, padding: "same", strides: 2, activation: "relu")
            .Dropout(rate: 0.2)
            .Conv1D(filters: 16, kernelSize: 7, padding: "same", strides: 2, activation: "relu")
            .Conv1DTranspose(filters: 16, kernelSize: 7, padding: "same", strides: 2, activation: "relu")
            .Dropout(rate: 0.2)
            .Conv1DTranspose(filters: 32, kernelSize: 7, padding: "same", strides: 2, activation: "relu")
            .Conv1DTranspose(filters: 1, kernelSize: 7, padding: "same");
        return model;
    }

    // keras-io's DCGAN is written for tf.keras 2: LeakyReLU(alpha=0.2). Keras 3 still takes alpha, with the warning
    // "Argument `alpha` is deprecated. Use `negative_slope` instead.", and KerasDsl does the same: KD0025 at each call,
    // kept here as the port's honest result (LeakyReLU(negativeSlope: 0.2) is Keras 3's spelling).
#pragma warning disable KD0025

    /// <summary>
    /// keras-team/keras-io examples/generative/dcgan_overriding_train_step.py ("GAN overriding Model.train_step"), the
    /// discriminator: 28x28 digits to one score. Expected: the summary in
    /// examples/generative/md/dcgan_overriding_train_step.md, 74,625 total, 74,625 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential KerasIoDcganDiscriminator()
    {
        var discriminator = Sequential(name: "discriminator")
            .Input((28, 28, 1))
            .Conv2D(64, (3, 3), strides: (2, 2), padding: "same")
            .LeakyReLU(alpha: 0.2)
            .Conv2D(128, (3, 3), strides: (2, 2), padding: "same")
            .LeakyReLU(alpha: 0.2)
            .GlobalMaxPooling2D()
            .Dense(1);
        return discriminator;
    }

    /// <summary>
    /// The same example's generator: a latent vector of 128 to a 28x28 digit, Conv2DTranspose mirroring the
    /// discriminator's Conv2D. Expected: the summary in the same .md, 1,339,905 total, 1,339,905 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential KerasIoDcganGenerator()
    {
        const int latentDim = 128;

        var generator = Sequential(name: "generator")
            .Input([latentDim])
            // We want to generate 128 coefficients to reshape into a 7x7x128 map
            .Dense(7 * 7 * 128)
            .LeakyReLU(alpha: 0.2)
            .Reshape((7, 7, 128))
            .Conv2DTranspose(128, (4, 4), strides: (2, 2), padding: "same")
            .LeakyReLU(alpha: 0.2)
            .Conv2DTranspose(128, (4, 4), strides: (2, 2), padding: "same")
            .LeakyReLU(alpha: 0.2)
            .Conv2D(1, (7, 7), padding: "same", activation: "sigmoid");
        return generator;
    }

#pragma warning restore KD0025

    /// <summary>
    /// fchollet/deep-learning-with-python-notebooks first_edition/5.1-introduction-to-convnets.ipynb (Keras 2.0.8): the
    /// book's first convnet, built with <c>model.add</c> statements, the input shape on the first layer. Expected: the
    /// summary the notebook prints after the Dense layers are added, 93,322 total, 93,322 trainable, 0 non-trainable (and
    /// 55,744 after the three convolutions, its first printout).
    /// </summary>
    [KerasModel]
    public static Sequential DlwpConvnetMnist()
    {
        var model = Sequential();
        model = model.Add(Conv2D(32, (3, 3), activation: "relu"), input: (28, 28, 1));
        model = model.Add(MaxPooling2D((2, 2)));
        model = model.Add(Conv2D(64, (3, 3), activation: "relu"));
        model = model.Add(MaxPooling2D((2, 2)));
        model = model.Add(Conv2D(64, (3, 3), activation: "relu"));

        model = model.Add(Flatten());
        model = model.Add(Dense(64, activation: "relu"));
        model = model.Add(Dense(10, activation: "softmax"));
        return model;
    }

    /// <summary>
    /// fchollet/deep-learning-with-python-notebooks first_edition/6.2-understanding-recurrent-neural-networks.ipynb
    /// (Keras 2.0.8): an Embedding and four stacked SimpleRNNs, the last returning only its last output. The Python gives
    /// no input shape: Keras 2's Embedding gave itself <c>input_shape=(None,)</c> when none was given (keras/layers/
    /// embeddings.py in Keras 2), so the model was built at once; Keras 3's does not, and the port says so with
    /// <c>input: [null]</c>. Expected: the notebook's summary, 328,320 total, 328,320 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential DlwpStackedSimpleRnn()
    {
        var model = Sequential();
        model = model.Add(Embedding(10000, 32), input: [null]);
        model = model.Add(SimpleRNN(32, returnSequences: true));
        model = model.Add(SimpleRNN(32, returnSequences: true));
        model = model.Add(SimpleRNN(32, returnSequences: true));
        model = model.Add(SimpleRNN(32));   // This last layer only returns the last outputs.
        return model;
    }

    /// <summary>
    /// fchollet/deep-learning-with-python-notebooks first_edition/6.4-sequence-processing-with-convnets.ipynb (Keras
    /// 2.0.8): a Conv1D front end and a GRU on the Jena climate series, whose <c>float_data.shape[-1]</c> is 14 (the
    /// summary's first Conv1D has 5·14·32 + 32 = 2,272 params). Keras 2.0.8's GRU predates <c>reset_after</c> (Keras
    /// 2.1.5, default False): one bias per gate, 6,240 params; Keras 3 defaults to True, so the port passes
    /// <c>resetAfter: false</c> (see the README's GRU section). Expected: the notebook's summary, 13,697 total, 13,697
    /// trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential DlwpConv1dGruJena()
    {
        const int floatDataFeatures = 14;   // float_data.shape[-1]

        var model = Sequential();
        model = model.Add(Conv1D(32, 5, activation: "relu"), input: (null, floatDataFeatures));
        model = model.Add(MaxPooling1D(3));
        model = model.Add(Conv1D(32, 5, activation: "relu"));
        model = model.Add(GRU(32, dropout: 0.1, recurrentDropout: 0.5, resetAfter: false));
        model = model.Add(Dense(1));
        return model;
    }

    /// <summary>
    /// fchollet/deep-learning-with-python-notebooks first_edition/8.5-introduction-to-gans.ipynb (Keras 2.0.8), the GAN's
    /// generator: the functional API, a latent vector to a 32x32 RGB image. Expected: the notebook's summary, 6,264,579
    /// total, 6,264,579 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Model DlwpGanGenerator()
    {
        const int latentDim = 32;
        const int channels = 3;

        var generatorInput = Input([latentDim]);

        // First, transform the input into a 16x16 128-channels feature map
        var x = generatorInput.Dense(128 * 16 * 16);
        x = x.LeakyReLU();
        x = x.Reshape((16, 16, 128));

        // Then, add a convolution layer
        x = x.Conv2D(256, 5, padding: "same");
        x = x.LeakyReLU();

        // Upsample to 32x32
        x = x.Conv2DTranspose(256, 4, strides: 2, padding: "same");
        x = x.LeakyReLU();

        // Few more conv layers
        x = x.Conv2D(256, 5, padding: "same");
        x = x.LeakyReLU();
        x = x.Conv2D(256, 5, padding: "same");
        x = x.LeakyReLU();

        // Produce a 32x32 1-channel feature map
        x = x.Conv2D(channels, 7, activation: "tanh", padding: "same");
        var generator = Model(generatorInput, x);
        return generator;
    }

    /// <summary>
    /// The same notebook's discriminator: a 32x32 RGB image to a probability. Expected: the notebook's summary, 790,913
    /// total, 790,913 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Model DlwpGanDiscriminator()
    {
        const int height = 32;
        const int width = 32;
        const int channels = 3;

        var discriminatorInput = Input((height, width, channels));
        var x = discriminatorInput.Conv2D(128, 3);
        x = x.LeakyReLU();
        x = x.Conv2D(128, 4, strides: 2);
        x = x.LeakyReLU();
        x = x.Conv2D(128, 4, strides: 2);
        x = x.LeakyReLU();
        x = x.Conv2D(128, 4, strides: 2);
        x = x.LeakyReLU();
        x = x.Flatten();

        // One dropout layer - important trick!
        x = x.Dropout(0.4);

        // Classification layer
        x = x.Dense(1, activation: "sigmoid");

        var discriminator = Model(discriminatorInput, x);
        return discriminator;
    }

    /// <summary>
    /// ageron/handson-ml3 10_neural_nets_with_keras.ipynb, the Fashion MNIST classifier as the chapter first builds it
    /// (code cell 50): an empty Sequential, then <c>model.add</c> of an <c>InputLayer(input_shape=[28, 28])</c> (KerasDsl's
    /// <c>Input</c>, the same layer) and four layers. Expected: the summary the notebook prints (cell 52) for the same
    /// layers written as a list (cell 51), 266,610 total, 266,610 trainable, 0 non-trainable.
    /// </summary>
    [KerasModel]
    public static Sequential HomlFashionMnistMlp()
    {
        var model = Sequential();
        model = model.Add(Input([28, 28]));
        model = model.Add(Flatten());
        model = model.Add(Dense(300, activation: "relu"));
        model = model.Add(Dense(100, activation: "relu"));
        model = model.Add(Dense(10, activation: "softmax"));
        return model;
    }

    /// <summary>
    /// ageron/handson-ml3 11_training_deep_neural_networks.ipynb, "Batch Normalization" (code cell 48): a
    /// BatchNormalization before each Dense, the hidden layers He-initialized. Expected: the notebook's summary, 271,346
    /// total, 268,978 trainable, 2,368 non-trainable (the moving means and variances: 2·(784 + 300 + 100)).
    /// </summary>
    [KerasModel]
    public static Sequential HomlBatchNormHeNormal()
    {
        var model = Sequential()
            .Flatten(input: [28, 28])
            .BatchNormalization()
            .Dense(300, activation: "relu", kernelInitializer: "he_normal")
            .BatchNormalization()
            .Dense(100, activation: "relu", kernelInitializer: "he_normal")
            .BatchNormalization()
            .Dense(10, activation: "softmax");
        return model;
    }

    /// <summary>
    /// tensorflow/docs site/en/tutorials/images/classification.ipynb, the flowers classifier with data augmentation (code
    /// cells 58 and 63): a <c>data_augmentation</c> Sequential of RandomFlip (with the input shape), RandomRotation and
    /// RandomZoom, used as the first layer of the model; <c>Rescaling(1./255)</c> as <c>1.0 / 255</c> (C#'s
    /// <c>1 / 255</c> would be 0). img_height and img_width are 180; num_classes is len(class_names), the dataset's five
    /// flower classes. Expected: 3,989,285 total, 3,989,285 trainable, 0 non-trainable, from TensorFlow.js 4.22 (the
    /// repository's notebook has no outputs): tfjs has no RandomFlip, RandomRotation or RandomZoom, and Keras's have no
    /// weights (keras/src/layers/preprocessing/image_preprocessing), so tfjs counted the model without them.
    /// </summary>
    [KerasModel]
    public static Sequential TfFlowersAugmented()
    {
        const int imgHeight = 180;
        const int imgWidth = 180;
        const int numClasses = 5;

        var dataAugmentation = Sequential()
            .RandomFlip("horizontal", input: (imgHeight, imgWidth, 3))
            .RandomRotation(0.1)
            .RandomZoom(0.1);

        var model = Sequential()
            .Add(dataAugmentation)
            .Rescaling(1.0 / 255)
            .Conv2D(16, 3, padding: "same", activation: "relu")
            .MaxPooling2D()
            .Conv2D(32, 3, padding: "same", activation: "relu")
            .MaxPooling2D()
            .Conv2D(64, 3, padding: "same", activation: "relu")
            .MaxPooling2D()
            .Dropout(0.2)
            .Flatten()
            .Dense(128, activation: "relu")
            .Dense(numClasses, name: "outputs");
        return model;
    }

    /// <summary>
    /// tensorflow/docs site/en/tutorials/generative/dcgan.ipynb, <c>make_generator_model</c>: <c>model.add</c>
    /// statements, bias-free layers each followed by BatchNormalization and LeakyReLU. The tutorial asserts each
    /// block's output shape ((None, 7, 7, 256), (None, 7, 7, 128), (None, 14, 14, 64), (None, 28, 28, 1)); the test
    /// checks them. Expected: 2,330,944 total, 2,305,472 trainable, 25,472 non-trainable, from TensorFlow.js 4.22 (the
    /// repository's notebook has no outputs).
    /// </summary>
    [KerasModel]
    public static Sequential TfDcganGenerator()
    {
        var model = Sequential();
        model = model.Add(Dense(7 * 7 * 256, useBias: false), input: [100]);
        model = model.Add(BatchNormalization());
        model = model.Add(LeakyReLU());

        model = model.Add(Reshape((7, 7, 256)));

        model = model.Add(Conv2DTranspose(128, (5, 5), strides: (1, 1), padding: "same", useBias: false));
        model = model.Add(BatchNormalization());
        model = model.Add(LeakyReLU());

        model = model.Add(Conv2DTranspose(64, (5, 5), strides: (2, 2), padding: "same", useBias: false));
        model = model.Add(BatchNormalization());
        model = model.Add(LeakyReLU());

        model = model.Add(Conv2DTranspose(1, (5, 5), strides: (2, 2), padding: "same", useBias: false, activation: "tanh"));

        return model;
    }

    /// <summary>
    /// The same tutorial's <c>make_discriminator_model</c>. Expected: 212,865 total, 212,865 trainable, 0 non-trainable,
    /// from TensorFlow.js 4.22.
    /// </summary>
    [KerasModel]
    public static Sequential TfDcganDiscriminator()
    {
        var model = Sequential();
        model = model.Add(Conv2D(64, (5, 5), strides: (2, 2), padding: "same"), input: [28, 28, 1]);
        model = model.Add(LeakyReLU());
        model = model.Add(Dropout(0.3));

        model = model.Add(Conv2D(128, (5, 5), strides: (2, 2), padding: "same"));
        model = model.Add(LeakyReLU());
        model = model.Add(Dropout(0.3));

        model = model.Add(Flatten());
        model = model.Add(Dense(1));

        return model;
    }

    /// <summary>
    /// tensorflow/docs site/en/tutorials/keras/overfit_and_underfit.ipynb, <c>combined_model</c>: L2 weight
    /// regularization and dropout together, on the Higgs dataset's 28 features (FEATURES = 28). The regularizers add
    /// losses, not weights. Expected: 803,329 total, 803,329 trainable, 0 non-trainable, from TensorFlow.js 4.22 (the
    /// repository's notebook has no outputs; tfjs's <c>tf.regularizers.l2({l2: 0.0001})</c> on each Dense).
    /// </summary>
    [KerasModel]
    public static Sequential TfHiggsCombinedRegularized()
    {
        const int FEATURES = 28;

        var combinedModel = Sequential()
            .Dense(512, kernelRegularizer: L2(0.0001), activation: "elu", input: [FEATURES])
            .Dropout(0.5)
            .Dense(512, kernelRegularizer: L2(0.0001), activation: "elu")
            .Dropout(0.5)
            .Dense(512, kernelRegularizer: L2(0.0001), activation: "elu")
            .Dropout(0.5)
            .Dense(512, kernelRegularizer: L2(0.0001), activation: "elu")
            .Dropout(0.5)
            .Dense(1);
        return combinedModel;
    }
}
