#!/usr/bin/env python3
"""Writes large Keras JSON models for the CLI's scale check (run.sh). In tf.keras 2.x's form (compact separators): a
Sequential of N layers and a functional chain of N nodes (Dense(16) / Activation / Dropout in turn, the chain with one Dense
shared every 100 nodes), a model of N inputs added by one node (wide), one Dense applied N times (shared). In Keras 3's form,
as its to_json() writes it: a Sequential and a functional chain of N Dense(16) layers (k3-sequential, k3-functional)."""
import json, sys

def dense(name, units):
    return {"class_name": "Dense", "config": {"name": name, "trainable": True, "dtype": "float32", "units": units,
            "activation": "relu", "use_bias": True,
            "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}},
            "bias_initializer": {"class_name": "Zeros", "config": {}}, "kernel_regularizer": None,
            "bias_regularizer": None, "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}}

def layer(i):
    kind = i % 3
    if kind == 0: return dense(f"dense_{i}", 16)
    if kind == 1: return {"class_name": "Activation", "config": {"name": f"activation_{i}", "trainable": True, "dtype": "float32", "activation": "tanh"}}
    return {"class_name": "Dropout", "config": {"name": f"dropout_{i}", "trainable": True, "dtype": "float32", "rate": 0.1, "noise_shape": None, "seed": None}}

def sequential(n):
    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, 16], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"}}]
    layers += [layer(i) for i in range(n)]
    return {"class_name": "Sequential", "config": {"name": "sequential", "layers": layers}, "keras_version": "2.15.0", "backend": "tensorflow"}

def functional(n):
    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, 16], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"},
               "name": "input_1", "inbound_nodes": []}]
    shared = dense("shared", 16); shared["name"] = "shared"; shared["inbound_nodes"] = []
    layers.append(shared)
    previous = ["input_1", 0, 0]
    for i in range(n - 1):
        if i % 100 == 99:
            shared["inbound_nodes"].append([previous + [{}]])
            previous = ["shared", len(shared["inbound_nodes"]) - 1, 0]
            continue
        entry = layer(i); entry["name"] = entry["config"]["name"]
        entry["inbound_nodes"] = [[previous + [{}]]]
        layers.append(entry)
        previous = [entry["name"], 0, 0]
    return {"class_name": "Functional", "config": {"name": "chain", "layers": layers, "input_layers": [["input_1", 0, 0]],
            "output_layers": [previous]}, "keras_version": "2.15.0", "backend": "tensorflow"}



def wide(n):
    """n inputs of shape (4,), all added by one Add layer: a node with n inputs, a model with n inputs."""
    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, 4], "dtype": "float32", "sparse": False, "ragged": False, "name": f"input_{i}"},
               "name": f"input_{i}", "inbound_nodes": []} for i in range(n)]
    layers.append({"class_name": "Add", "config": {"name": "add", "trainable": True, "dtype": "float32"}, "name": "add",
                   "inbound_nodes": [[[f"input_{i}", 0, 0, {}] for i in range(n)]]})
    return {"class_name": "Functional", "config": {"name": "wide", "layers": layers, "input_layers": [[f"input_{i}", 0, 0] for i in range(n)],
            "output_layers": [["add", 0, 0]]}, "keras_version": "2.15.0", "backend": "tensorflow"}


def shared(n):
    """One Dense(8 → 8) applied n times in a chain: a layer with n inbound nodes."""
    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, 8], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"},
               "name": "input_1", "inbound_nodes": []}]
    d = dense("dense", 8); d["name"] = "dense"
    d["inbound_nodes"] = [[["input_1", 0, 0, {}]]] + [[["dense", i, 0, {}]] for i in range(n - 1)]
    layers.append(d)
    return {"class_name": "Functional", "config": {"name": "shared", "layers": layers, "input_layers": [["input_1", 0, 0]],
            "output_layers": [["dense", n - 1, 0]]}, "keras_version": "2.15.0", "backend": "tensorflow"}


def keras3_dense(name):
    policy = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}
    init = lambda c: {"module": "keras.initializers", "class_name": c, "config": {"seed": None} if c != "Zeros" else {}, "registered_name": None}
    return {"module": "keras.layers", "class_name": "Dense", "config": {"name": name, "trainable": True, "dtype": policy, "units": 16,
            "activation": "relu", "use_bias": True, "kernel_initializer": init("GlorotUniform"), "bias_initializer": init("Zeros"),
            "kernel_regularizer": None, "bias_regularizer": None, "kernel_constraint": None, "bias_constraint": None},
            "registered_name": None, "build_config": {"input_shape": [None, 16]}}


def keras3_input():
    return {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 16], "dtype": "float32", "sparse": False,
            "ragged": False, "name": "input_layer", "optional": False}, "registered_name": None}


def keras3_sequential(n):
    """Keras 3's form of a Sequential of n Dense(16) layers (about 0.7 KB a layer as to_json writes it)."""
    return {"module": "keras", "class_name": "Sequential", "config": {"name": "sequential", "trainable": True,
            "layers": [keras3_input()] + [keras3_dense(f"dense_{i}") for i in range(n)]},
            "registered_name": None, "build_config": {"input_shape": [None, 16]}}


def keras3_functional(n):
    """Keras 3's form of a chain of n Dense(16) layers (about 0.9 KB a layer)."""
    first = keras3_input(); first["name"] = "input_layer"; first["inbound_nodes"] = []
    layers, previous = [first], "input_layer"
    for i in range(n):
        layer = keras3_dense(f"dense_{i}"); layer["name"] = f"dense_{i}"
        layer["inbound_nodes"] = [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [None, 16], "dtype": "float32",
                                   "keras_history": [previous, 0, 0]}}], "kwargs": {}}]
        layers.append(layer); previous = layer["name"]
    return {"module": "keras", "class_name": "Functional", "config": {"name": "functional", "trainable": True, "layers": layers,
            "input_layers": ["input_layer", 0, 0], "output_layers": [previous, 0, 0]}, "registered_name": "Functional",
            "build_config": {"input_shape": None}}


if __name__ == "__main__":
    folder = sys.argv[1]
    makers = {"sequential": sequential, "functional": functional, "wide": wide, "shared": shared,
              "k3-sequential": keras3_sequential, "k3-functional": keras3_functional}
    for n in map(int, sys.argv[2:]):
        for kind, make in makers.items():
            with open(f"{folder}/{kind}-{n}.json", "w") as f:
                # tf.keras 2's to_json() writes compact JSON here for size; Keras 3's default separators as it writes them.
                json.dump(make(n), f, separators=None if kind.startswith("k3-") else (",", ":"))
