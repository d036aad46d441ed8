// Builds ten Keras Applications with TensorFlow.js (tf.layers + tf.model), layer for layer and name for name as
// keras/src/applications/*.py builds them (include_top=True, 1000 classes, weights=None), and writes each
// model's Keras JSON topology (model.toJSON(null, false)) to json/<Name>.json and tfjs's counts to
// json/counts.json. Also writes json/shared-lstm.json, a small functional model that calls one LSTM twice.
//
//   node make-json.js            every model, each built in its own child process (VGG weights are large)
//   node make-json.js ResNet50   one model: writes json/ResNet50.json and prints its counts as JSON on stdout
//
// Layers Keras leaves unnamed get the names Keras gives them in a fresh session (conv2d, conv2d_1, ...,
// batch_normalization, add, concatenate, input_1, ...), since tfjs's own defaults (conv2d_Conv2D1) differ.
// The one deliberate difference from current Keras: tfjs's GlobalAveragePooling2D has no keepdims, so
// MobileNet's top is the tf.keras 2.x one (GlobalAveragePooling2D, then Reshape((1, 1, 1024), name="reshape_1")),
// which has the same weights.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

let tf = null;
function tfjs() {
  if (tf === null) {
    tf = require('@tensorflow/tfjs');
  }
  return tf;
}

// Keras's automatic layer names in a fresh session: the first layer of a class gets its snake-case name, the
// next ones _1, _2, ...
function namer() {
  const counts = new Map();
  return (base) => {
    const n = counts.get(base) || 0;
    counts.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  };
}

function vgg(name, convsPerBlock) {
  const L = tfjs().layers;
  const input = tfjs().input({ shape: [224, 224, 3], name: 'input_1' });
  let x = input;
  const filters = [64, 128, 256, 512, 512];
  for (let b = 0; b < 5; b++) {
    for (let c = 0; c < convsPerBlock[b]; c++) {
      x = L.conv2d({
        filters: filters[b], kernelSize: [3, 3], activation: 'relu', padding: 'same',
        name: `block${b + 1}_conv${c + 1}`,
      }).apply(x);
    }
    x = L.maxPooling2d({ poolSize: [2, 2], strides: [2, 2], name: `block${b + 1}_pool` }).apply(x);
  }
  x = L.flatten({ name: 'flatten' }).apply(x);
  x = L.dense({ units: 4096, activation: 'relu', name: 'fc1' }).apply(x);
  x = L.dense({ units: 4096, activation: 'relu', name: 'fc2' }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name });
}

// ResNet v1 (keras/src/applications/resnet.py: ResNet, residual_block_v1, stack_residual_blocks_v1).
function resnet(name, blocks) {
  const L = tfjs().layers;
  const bn = (n) => L.batchNormalization({ axis: 3, epsilon: 1.001e-5, name: n });
  const block = (x, filters, stride, convShortcut, n) => {
    let shortcut = x;
    if (convShortcut) {
      shortcut = L.conv2d({ filters: 4 * filters, kernelSize: 1, strides: stride, name: n + '_0_conv' }).apply(x);
      shortcut = bn(n + '_0_bn').apply(shortcut);
    }
    x = L.conv2d({ filters, kernelSize: 1, strides: stride, name: n + '_1_conv' }).apply(x);
    x = bn(n + '_1_bn').apply(x);
    x = L.activation({ activation: 'relu', name: n + '_1_relu' }).apply(x);
    x = L.conv2d({ filters, kernelSize: 3, padding: 'same', name: n + '_2_conv' }).apply(x);
    x = bn(n + '_2_bn').apply(x);
    x = L.activation({ activation: 'relu', name: n + '_2_relu' }).apply(x);
    x = L.conv2d({ filters: 4 * filters, kernelSize: 1, name: n + '_3_conv' }).apply(x);
    x = bn(n + '_3_bn').apply(x);
    x = L.add({ name: n + '_add' }).apply([shortcut, x]);
    return L.activation({ activation: 'relu', name: n + '_out' }).apply(x);
  };
  const stack = (x, filters, count, stride1, n) => {
    x = block(x, filters, stride1, true, n + '_block1');
    for (let i = 2; i <= count; i++) {
      x = block(x, filters, 1, false, n + '_block' + i);
    }
    return x;
  };

  const input = tfjs().input({ shape: [224, 224, 3], name: 'input_1' });
  let x = L.zeroPadding2d({ padding: [[3, 3], [3, 3]], name: 'conv1_pad' }).apply(input);
  x = L.conv2d({ filters: 64, kernelSize: 7, strides: 2, useBias: true, name: 'conv1_conv' }).apply(x);
  x = bn('conv1_bn').apply(x);
  x = L.activation({ activation: 'relu', name: 'conv1_relu' }).apply(x);
  x = L.zeroPadding2d({ padding: [[1, 1], [1, 1]], name: 'pool1_pad' }).apply(x);
  x = L.maxPooling2d({ poolSize: 3, strides: 2, name: 'pool1_pool' }).apply(x);
  x = stack(x, 64, blocks[0], 1, 'conv2');
  x = stack(x, 128, blocks[1], 2, 'conv3');
  x = stack(x, 256, blocks[2], 2, 'conv4');
  x = stack(x, 512, blocks[3], 2, 'conv5');
  x = L.globalAveragePooling2d({ name: 'avg_pool' }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name });
}

// MobileNet v1, alpha 1.0, depth_multiplier 1, 224x224 (keras/src/applications/mobilenet.py).
function mobilenet() {
  const L = tfjs().layers;
  const auto = namer();
  const alpha = 1.0;
  const input = tfjs().input({ shape: [224, 224, 3], name: 'input_1' });
  let x = L.conv2d({
    filters: Math.trunc(32 * alpha), kernelSize: [3, 3], padding: 'same', useBias: false, strides: [2, 2],
    name: 'conv1',
  }).apply(input);
  x = L.batchNormalization({ axis: -1, name: 'conv1_bn' }).apply(x);
  x = L.reLU({ maxValue: 6, name: 'conv1_relu' }).apply(x);

  const dwBlock = (x, pointwise, strides, id) => {
    if (strides !== 1) {
      x = L.zeroPadding2d({ padding: [[0, 1], [0, 1]], name: `conv_pad_${id}` }).apply(x);
    }
    x = L.depthwiseConv2d({
      kernelSize: [3, 3], padding: strides === 1 ? 'same' : 'valid', depthMultiplier: 1,
      strides: [strides, strides], useBias: false, name: `conv_dw_${id}`,
    }).apply(x);
    x = L.batchNormalization({ axis: -1, name: `conv_dw_${id}_bn` }).apply(x);
    x = L.reLU({ maxValue: 6, name: `conv_dw_${id}_relu` }).apply(x);
    x = L.conv2d({
      filters: Math.trunc(pointwise * alpha), kernelSize: [1, 1], padding: 'same', useBias: false,
      strides: [1, 1], name: `conv_pw_${id}`,
    }).apply(x);
    x = L.batchNormalization({ axis: -1, name: `conv_pw_${id}_bn` }).apply(x);
    return L.reLU({ maxValue: 6, name: `conv_pw_${id}_relu` }).apply(x);
  };
  x = dwBlock(x, 64, 1, 1);
  x = dwBlock(x, 128, 2, 2);
  x = dwBlock(x, 128, 1, 3);
  x = dwBlock(x, 256, 2, 4);
  x = dwBlock(x, 256, 1, 5);
  x = dwBlock(x, 512, 2, 6);
  for (let id = 7; id <= 11; id++) {
    x = dwBlock(x, 512, 1, id);
  }
  x = dwBlock(x, 1024, 2, 12);
  x = dwBlock(x, 1024, 1, 13);

  x = L.globalAveragePooling2d({ name: auto('global_average_pooling2d') }).apply(x);
  x = L.reshape({ targetShape: [1, 1, Math.trunc(1024 * alpha)], name: 'reshape_1' }).apply(x);
  x = L.dropout({ rate: 1e-3, name: 'dropout' }).apply(x);
  x = L.conv2d({ filters: 1000, kernelSize: [1, 1], padding: 'same', name: 'conv_preds' }).apply(x);
  x = L.reshape({ targetShape: [1000], name: 'reshape_2' }).apply(x);
  x = L.activation({ activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name: 'mobilenet_1.00_224' });
}

// MobileNetV2, alpha 1.0, 224x224 (keras/src/applications/mobilenet_v2.py).
function mobilenetV2() {
  const L = tfjs().layers;
  const auto = namer();
  const alpha = 1.0;
  const makeDivisible = (v, divisor) => {
    let newV = Math.max(divisor, Math.floor(Math.trunc(v + divisor / 2) / divisor) * divisor);
    if (newV < 0.9 * v) {
      newV += divisor;
    }
    return newV;
  };
  // imagenet_utils.correct_pad for a channels_last tensor.
  const correctPad = (t, k) => {
    const [h, w] = [t.shape[1], t.shape[2]];
    const adjust = h == null ? [1, 1] : [1 - (h % 2), 1 - (w % 2)];
    const c = Math.floor(k / 2);
    return [[c - adjust[0], c], [c - adjust[1], c]];
  };
  const bn = (n) => L.batchNormalization({ axis: -1, epsilon: 1e-3, momentum: 0.999, name: n });

  const invertedResBlock = (inputs, expansion, stride, filters, blockId) => {
    const inChannels = inputs.shape[inputs.shape.length - 1];
    const pointwiseFilters = makeDivisible(Math.trunc(filters * alpha), 8);
    let x = inputs;
    let prefix = `block_${blockId}_`;
    if (blockId) {
      x = L.conv2d({
        filters: expansion * inChannels, kernelSize: 1, padding: 'same', useBias: false, activation: null,
        name: `${prefix}expand`,
      }).apply(x);
      x = bn(`${prefix}expand_BN`).apply(x);
      x = L.reLU({ maxValue: 6, name: `${prefix}expand_relu` }).apply(x);
    } else {
      prefix = 'expanded_conv_';
    }
    if (stride === 2) {
      x = L.zeroPadding2d({ padding: correctPad(x, 3), name: `${prefix}pad` }).apply(x);
    }
    x = L.depthwiseConv2d({
      kernelSize: 3, strides: stride, activation: null, useBias: false,
      padding: stride === 1 ? 'same' : 'valid', name: `${prefix}depthwise`,
    }).apply(x);
    x = bn(`${prefix}depthwise_BN`).apply(x);
    x = L.reLU({ maxValue: 6, name: `${prefix}depthwise_relu` }).apply(x);
    x = L.conv2d({
      filters: pointwiseFilters, kernelSize: 1, padding: 'same', useBias: false, activation: null,
      name: `${prefix}project`,
    }).apply(x);
    x = bn(`${prefix}project_BN`).apply(x);
    if (inChannels === pointwiseFilters && stride === 1) {
      return L.add({ name: `${prefix}add` }).apply([inputs, x]);
    }
    return x;
  };

  const input = tfjs().input({ shape: [224, 224, 3], name: 'input_1' });
  let x = L.conv2d({
    filters: makeDivisible(32 * alpha, 8), kernelSize: 3, strides: [2, 2], padding: 'same', useBias: false,
    name: 'Conv1',
  }).apply(input);
  x = bn('bn_Conv1').apply(x);
  x = L.reLU({ maxValue: 6, name: 'Conv1_relu' }).apply(x);

  // [filters, stride, expansion] for block_id 0..16
  const spec = [
    [16, 1, 1],
    [24, 2, 6], [24, 1, 6],
    [32, 2, 6], [32, 1, 6], [32, 1, 6],
    [64, 2, 6], [64, 1, 6], [64, 1, 6], [64, 1, 6],
    [96, 1, 6], [96, 1, 6], [96, 1, 6],
    [160, 2, 6], [160, 1, 6], [160, 1, 6],
    [320, 1, 6],
  ];
  spec.forEach(([filters, stride, expansion], id) => {
    x = invertedResBlock(x, expansion, stride, filters, id);
  });

  const lastBlockFilters = alpha > 1.0 ? makeDivisible(1280 * alpha, 8) : 1280;
  x = L.conv2d({ filters: lastBlockFilters, kernelSize: 1, useBias: false, name: 'Conv_1' }).apply(x);
  x = bn('Conv_1_bn').apply(x);
  x = L.reLU({ maxValue: 6, name: 'out_relu' }).apply(x);
  x = L.globalAveragePooling2d({ name: auto('global_average_pooling2d') }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name: 'mobilenetv2_1.00_224' });
}

// DenseNet (keras/src/applications/densenet.py).
function densenet(name, blocks) {
  const L = tfjs().layers;
  const auto = namer();
  const bn = (n) => L.batchNormalization({ axis: 3, epsilon: 1.001e-5, name: n });
  const convBlock = (x, growthRate, n) => {
    let x1 = bn(n + '_0_bn').apply(x);
    x1 = L.activation({ activation: 'relu', name: n + '_0_relu' }).apply(x1);
    x1 = L.conv2d({ filters: 4 * growthRate, kernelSize: 1, useBias: false, name: n + '_1_conv' }).apply(x1);
    x1 = bn(n + '_1_bn').apply(x1);
    x1 = L.activation({ activation: 'relu', name: n + '_1_relu' }).apply(x1);
    x1 = L.conv2d({
      filters: growthRate, kernelSize: 3, padding: 'same', useBias: false, name: n + '_2_conv',
    }).apply(x1);
    return L.concatenate({ axis: 3, name: n + '_concat' }).apply([x, x1]);
  };
  const denseBlock = (x, count, n) => {
    for (let i = 0; i < count; i++) {
      x = convBlock(x, 32, n + '_block' + (i + 1));
    }
    return x;
  };
  const transitionBlock = (x, reduction, n) => {
    x = bn(n + '_bn').apply(x);
    x = L.activation({ activation: 'relu', name: n + '_relu' }).apply(x);
    x = L.conv2d({
      filters: Math.trunc(x.shape[3] * reduction), kernelSize: 1, useBias: false, name: n + '_conv',
    }).apply(x);
    return L.averagePooling2d({ poolSize: 2, strides: 2, name: n + '_pool' }).apply(x);
  };

  const input = tfjs().input({ shape: [224, 224, 3], name: 'input_1' });
  let x = L.zeroPadding2d({ padding: [[3, 3], [3, 3]], name: auto('zero_padding2d') }).apply(input);
  x = L.conv2d({ filters: 64, kernelSize: 7, strides: 2, useBias: false, name: 'conv1_conv' }).apply(x);
  x = bn('conv1_bn').apply(x);
  x = L.activation({ activation: 'relu', name: 'conv1_relu' }).apply(x);
  x = L.zeroPadding2d({ padding: [[1, 1], [1, 1]], name: auto('zero_padding2d') }).apply(x);
  x = L.maxPooling2d({ poolSize: 3, strides: 2, name: 'pool1' }).apply(x);
  x = denseBlock(x, blocks[0], 'conv2');
  x = transitionBlock(x, 0.5, 'pool2');
  x = denseBlock(x, blocks[1], 'conv3');
  x = transitionBlock(x, 0.5, 'pool3');
  x = denseBlock(x, blocks[2], 'conv4');
  x = transitionBlock(x, 0.5, 'pool4');
  x = denseBlock(x, blocks[3], 'conv5');
  x = bn('bn').apply(x);
  x = L.activation({ activation: 'relu', name: 'relu' }).apply(x);
  x = L.globalAveragePooling2d({ name: 'avg_pool' }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name });
}

// InceptionV3, 299x299x3 (keras/src/applications/inception_v3.py). conv2d_bn leaves its three layers unnamed
// unless given a name, and InceptionV3 never gives one, so they take Keras's automatic names.
function inceptionV3() {
  const L = tfjs().layers;
  const auto = namer();
  const conv2dBn = (x, filters, numRow, numCol, padding = 'same', strides = [1, 1]) => {
    x = L.conv2d({
      filters, kernelSize: [numRow, numCol], strides, padding, useBias: false, name: auto('conv2d'),
    }).apply(x);
    x = L.batchNormalization({ axis: 3, scale: false, name: auto('batch_normalization') }).apply(x);
    return L.activation({ activation: 'relu', name: auto('activation') }).apply(x);
  };
  const maxPool = (x) => L.maxPooling2d({ poolSize: [3, 3], strides: [2, 2], name: auto('max_pooling2d') }).apply(x);
  const avgPool = (x) => L.averagePooling2d({
    poolSize: [3, 3], strides: [1, 1], padding: 'same', name: auto('average_pooling2d'),
  }).apply(x);
  const concat = (xs, name) => L.concatenate({ axis: 3, name: name || auto('concatenate') }).apply(xs);

  const input = tfjs().input({ shape: [299, 299, 3], name: 'input_1' });
  let x = conv2dBn(input, 32, 3, 3, 'valid', [2, 2]);
  x = conv2dBn(x, 32, 3, 3, 'valid');
  x = conv2dBn(x, 64, 3, 3);
  x = maxPool(x);
  x = conv2dBn(x, 80, 1, 1, 'valid');
  x = conv2dBn(x, 192, 3, 3, 'valid');
  x = maxPool(x);

  // mixed 0, 1, 2: 35 x 35 x 256 / 288 / 288
  for (const [i, poolFilters] of [[0, 32], [1, 64], [2, 64]]) {
    const branch1x1 = conv2dBn(x, 64, 1, 1);
    let branch5x5 = conv2dBn(x, 48, 1, 1);
    branch5x5 = conv2dBn(branch5x5, 64, 5, 5);
    let branch3x3dbl = conv2dBn(x, 64, 1, 1);
    branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);
    branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);
    let branchPool = avgPool(x);
    branchPool = conv2dBn(branchPool, poolFilters, 1, 1);
    x = concat([branch1x1, branch5x5, branch3x3dbl, branchPool], 'mixed' + i);
  }

  // mixed 3: 17 x 17 x 768
  {
    const branch3x3 = conv2dBn(x, 384, 3, 3, 'valid', [2, 2]);
    let branch3x3dbl = conv2dBn(x, 64, 1, 1);
    branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);
    branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3, 'valid', [2, 2]);
    const branchPool = maxPool(x);
    x = concat([branch3x3, branch3x3dbl, branchPool], 'mixed3');
  }

  // mixed 4, 5, 6, 7: 17 x 17 x 768
  for (const [i, f] of [[4, 128], [5, 160], [6, 160], [7, 192]]) {
    const branch1x1 = conv2dBn(x, 192, 1, 1);
    let branch7x7 = conv2dBn(x, f, 1, 1);
    branch7x7 = conv2dBn(branch7x7, f, 1, 7);
    branch7x7 = conv2dBn(branch7x7, 192, 7, 1);
    let branch7x7dbl = conv2dBn(x, f, 1, 1);
    branch7x7dbl = conv2dBn(branch7x7dbl, f, 7, 1);
    branch7x7dbl = conv2dBn(branch7x7dbl, f, 1, 7);
    branch7x7dbl = conv2dBn(branch7x7dbl, f, 7, 1);
    branch7x7dbl = conv2dBn(branch7x7dbl, 192, 1, 7);
    let branchPool = avgPool(x);
    branchPool = conv2dBn(branchPool, 192, 1, 1);
    x = concat([branch1x1, branch7x7, branch7x7dbl, branchPool], 'mixed' + i);
  }

  // mixed 8: 8 x 8 x 1280
  {
    let branch3x3 = conv2dBn(x, 192, 1, 1);
    branch3x3 = conv2dBn(branch3x3, 320, 3, 3, 'valid', [2, 2]);
    let branch7x7x3 = conv2dBn(x, 192, 1, 1);
    branch7x7x3 = conv2dBn(branch7x7x3, 192, 1, 7);
    branch7x7x3 = conv2dBn(branch7x7x3, 192, 7, 1);
    branch7x7x3 = conv2dBn(branch7x7x3, 192, 3, 3, 'valid', [2, 2]);
    const branchPool = maxPool(x);
    x = concat([branch3x3, branch7x7x3, branchPool], 'mixed8');
  }

  // mixed 9, 10: 8 x 8 x 2048
  for (let i = 0; i < 2; i++) {
    const branch1x1 = conv2dBn(x, 320, 1, 1);
    let branch3x3 = conv2dBn(x, 384, 1, 1);
    const branch3x3a = conv2dBn(branch3x3, 384, 1, 3);
    const branch3x3b = conv2dBn(branch3x3, 384, 3, 1);
    branch3x3 = concat([branch3x3a, branch3x3b], 'mixed9_' + i);
    let branch3x3dbl = conv2dBn(x, 448, 1, 1);
    branch3x3dbl = conv2dBn(branch3x3dbl, 384, 3, 3);
    const branch3x3dblA = conv2dBn(branch3x3dbl, 384, 1, 3);
    const branch3x3dblB = conv2dBn(branch3x3dbl, 384, 3, 1);
    branch3x3dbl = concat([branch3x3dblA, branch3x3dblB]);
    let branchPool = avgPool(x);
    branchPool = conv2dBn(branchPool, 192, 1, 1);
    x = concat([branch1x1, branch3x3, branch3x3dbl, branchPool], 'mixed' + (9 + i));
  }

  x = L.globalAveragePooling2d({ name: 'avg_pool' }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name: 'inception_v3' });
}

// Xception, 299x299x3 (keras/src/applications/xception.py).
function xception() {
  const L = tfjs().layers;
  const auto = namer();
  const bn = (n) => L.batchNormalization({ axis: -1, name: n || auto('batch_normalization') });
  const relu = (n) => L.activation({ activation: 'relu', name: n });
  const sep = (filters, n) => L.separableConv2d({
    filters, kernelSize: [3, 3], padding: 'same', useBias: false, name: n,
  });
  const shortcut = (x, filters) => {
    const r = L.conv2d({
      filters, kernelSize: [1, 1], strides: [2, 2], padding: 'same', useBias: false, name: auto('conv2d'),
    }).apply(x);
    return bn().apply(r);
  };
  const pool = (n) => L.maxPooling2d({ poolSize: [3, 3], strides: [2, 2], padding: 'same', name: n });
  const add = (xs) => L.add({ name: auto('add') }).apply(xs);

  const input = tfjs().input({ shape: [299, 299, 3], name: 'input_1' });
  let x = L.conv2d({ filters: 32, kernelSize: [3, 3], strides: [2, 2], useBias: false, name: 'block1_conv1' })
    .apply(input);
  x = bn('block1_conv1_bn').apply(x);
  x = relu('block1_conv1_act').apply(x);
  x = L.conv2d({ filters: 64, kernelSize: [3, 3], useBias: false, name: 'block1_conv2' }).apply(x);
  x = bn('block1_conv2_bn').apply(x);
  x = relu('block1_conv2_act').apply(x);

  let residual = shortcut(x, 128);
  x = sep(128, 'block2_sepconv1').apply(x);
  x = bn('block2_sepconv1_bn').apply(x);
  x = relu('block2_sepconv2_act').apply(x);
  x = sep(128, 'block2_sepconv2').apply(x);
  x = bn('block2_sepconv2_bn').apply(x);
  x = pool('block2_pool').apply(x);
  x = add([x, residual]);

  for (const [b, filters] of [[3, 256], [4, 728]]) {
    residual = shortcut(x, filters);
    x = relu(`block${b}_sepconv1_act`).apply(x);
    x = sep(filters, `block${b}_sepconv1`).apply(x);
    x = bn(`block${b}_sepconv1_bn`).apply(x);
    x = relu(`block${b}_sepconv2_act`).apply(x);
    x = sep(filters, `block${b}_sepconv2`).apply(x);
    x = bn(`block${b}_sepconv2_bn`).apply(x);
    x = pool(`block${b}_pool`).apply(x);
    x = add([x, residual]);
  }

  for (let i = 0; i < 8; i++) {
    residual = x;
    const prefix = 'block' + (i + 5);
    for (let s = 1; s <= 3; s++) {
      x = relu(`${prefix}_sepconv${s}_act`).apply(x);
      x = sep(728, `${prefix}_sepconv${s}`).apply(x);
      x = bn(`${prefix}_sepconv${s}_bn`).apply(x);
    }
    x = add([x, residual]);
  }

  residual = shortcut(x, 1024);
  x = relu('block13_sepconv1_act').apply(x);
  x = sep(728, 'block13_sepconv1').apply(x);
  x = bn('block13_sepconv1_bn').apply(x);
  x = relu('block13_sepconv2_act').apply(x);
  x = sep(1024, 'block13_sepconv2').apply(x);
  x = bn('block13_sepconv2_bn').apply(x);
  x = pool('block13_pool').apply(x);
  x = add([x, residual]);

  x = sep(1536, 'block14_sepconv1').apply(x);
  x = bn('block14_sepconv1_bn').apply(x);
  x = relu('block14_sepconv1_act').apply(x);
  x = sep(2048, 'block14_sepconv2').apply(x);
  x = bn('block14_sepconv2_bn').apply(x);
  x = relu('block14_sepconv2_act').apply(x);

  x = L.globalAveragePooling2d({ name: 'avg_pool' }).apply(x);
  x = L.dense({ units: 1000, activation: 'softmax', name: 'predictions' }).apply(x);
  return tfjs().model({ inputs: input, outputs: x, name: 'xception' });
}

// The Keras functional API guide's shared-layer example: two sequences of 280 steps x 256 features, one LSTM(64)
// called on both (one layer, two inbound nodes), the two encodings concatenated, then Dense(1, sigmoid).
function sharedLstm() {
  const L = tfjs().layers;
  const a = tfjs().input({ shape: [280, 256], name: 'input_1' });
  const b = tfjs().input({ shape: [280, 256], name: 'input_2' });
  const encoder = L.lstm({ units: 64, name: 'lstm' });
  const encodedA = encoder.apply(a);
  const encodedB = encoder.apply(b);
  let x = L.concatenate({ axis: -1, name: 'concatenate' }).apply([encodedA, encodedB]);
  x = L.dense({ units: 1, activation: 'sigmoid', name: 'dense' }).apply(x);
  return tfjs().model({ inputs: [a, b], outputs: x, name: 'shared_lstm' });
}

// Name -> [builder, published Keras figures (keras.io/api/applications and the model summaries)].
const MODELS = {
  VGG16: [() => vgg('vgg16', [2, 2, 3, 3, 3]), { total: 138357544, trainable: 138357544 }],
  VGG19: [() => vgg('vgg19', [2, 2, 4, 4, 4]), { total: 143667240, trainable: 143667240 }],
  ResNet50: [() => resnet('resnet50', [3, 4, 6, 3]), { total: 25636712, trainable: 25583592 }],
  ResNet101: [() => resnet('resnet101', [3, 4, 23, 3]), { total: 44707176 }],
  ResNet152: [() => resnet('resnet152', [3, 8, 36, 3]), { total: 60419944 }],
  MobileNet: [mobilenet, { total: 4253864 }],
  MobileNetV2: [mobilenetV2, { total: 3538984, trainable: 3504872 }],
  DenseNet121: [() => densenet('densenet121', [6, 12, 24, 16]), { total: 8062504, trainable: 7978856 }],
  InceptionV3: [inceptionV3, { total: 23851784, trainable: 23817352 }],
  Xception: [xception, { total: 22910480 }],
  'shared-lstm': [sharedLstm, null],
};

function sizeOf(weights) {
  return weights.reduce((sum, w) => sum + w.shape.reduce((p, d) => p * d, 1), 0);
}

function counts(model) {
  return {
    total: model.countParams(),
    trainable: sizeOf(model.trainableWeights),
    non_trainable: sizeOf(model.nonTrainableWeights),
    layers: model.layers.length,
  };
}

const JSON_DIR = path.join(__dirname, 'json');

async function writeOne(name) {
  await tfjs().setBackend('cpu');
  await tfjs().ready();
  const model = MODELS[name][0]();
  const topology = model.toJSON(null, false);
  fs.writeFileSync(path.join(JSON_DIR, name + '.json'), JSON.stringify(topology) + '\n');
  return { model_name: model.name, ...counts(model) };
}

async function main() {
  const name = process.argv[2];
  if (name !== undefined) {
    if (!(name in MODELS)) {
      throw new Error(`unknown model ${name}; one of ${Object.keys(MODELS).join(', ')}`);
    }
    process.stdout.write(JSON.stringify(await writeOne(name)) + '\n');
    return;
  }
  fs.mkdirSync(JSON_DIR, { recursive: true });
  const all = {};
  let mismatches = 0;
  for (const [n, [, published]] of Object.entries(MODELS)) {
    const out = execFileSync(process.execPath, [__filename, n], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const c = JSON.parse(out.trim().split('\n').pop());
    const entry = { file: n + '.json', ...c };
    if (published !== null) {
      entry.published = published;
      const ok = c.total === published.total && (published.trainable === undefined || c.trainable === published.trainable);
      entry.matches_published = ok;
      if (!ok) {
        mismatches++;
      }
    }
    all[n] = entry;
    console.log(`${n.padEnd(12)} total ${String(c.total).padStart(11)}  trainable ${String(c.trainable).padStart(11)}  ` +
      `non-trainable ${String(c.non_trainable).padStart(7)}  layers ${String(c.layers).padStart(3)}` +
      (published === null ? '' : `  published ${published.total}${entry.matches_published ? ' ok' : ' MISMATCH'}`));
  }
  fs.writeFileSync(path.join(JSON_DIR, 'counts.json'), JSON.stringify({
    written_by: `@tensorflow/tfjs ${require('@tensorflow/tfjs/package.json').version} (cpu backend), node ${process.version}`,
    models: all,
  }, null, 2) + '\n');
  if (mismatches > 0) {
    process.exitCode = 1;
  }
}

module.exports = { MODELS };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
