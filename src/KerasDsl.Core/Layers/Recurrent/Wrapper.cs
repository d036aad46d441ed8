using System;

namespace KerasDsl.Core
{
    /// <summary>
    /// A layer that wraps another (keras/src/layers/core/wrapper.py): Bidirectional, TimeDistributed.
    /// The wrapped layer is written as a layer argument; it is made and applied here, and its
    /// refusals become the wrapper's (the row the summary shows), marked "(its inner LSTM)".
    /// </summary>
    internal abstract class Wrapper : Layer
    {
        protected Wrapper(LayerArgs args) : base(args)
        {
        }

        /// <summary>The layer argument <paramref name="argument"/>, which must be given.</summary>
        protected LayerCall RequiredLayer(string argument, string example)
        {
            var call = Args.Layer(argument);
            if (call == null)
                throw Args.Invalid(argument, "a layer to wrap", "nothing", $"pass the layer to wrap, e.g. {ClassName}({example})");
            return call;
        }

        /// <summary>
        /// Makes the wrapped layer, checking its arguments as if it were added to the model. Its deprecated arguments
        /// (KD0025) become the wrapper's warnings, marked "(its inner LSTM)" as its refusals are.
        /// </summary>
        protected Layer CreateInner(LayerCall call)
        {
            var inner = Inner(call, () => LayerCatalog.Get(call.ClassName, Name).Create(new LayerArgs(call, Name)));
            foreach (var detail in inner.Deprecations) Args.AddDeprecation("(its inner " + call.ClassName + ") " + detail);
            return inner;
        }

        /// <summary>Runs something of the wrapped layer, turning its refusals into the wrapper's.</summary>
        protected T Inner<T>(LayerCall call, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (KerasModelException e) when (e.LayerName == null || e.LayerName == Name)
            {
                throw Wrap(call, e);
            }
        }

        private KerasModelException Wrap(LayerCall call, KerasModelException e) =>
            new KerasModelException(e.Diagnostic, Name, "(its inner " + call.ClassName + ") " + e.Detail, argument: e.Argument);

        /// <summary>The wrapped layer's own name: its name: argument, or Keras's automatic prefix (lstm).</summary>
        protected string InnerName(LayerCall call)
        {
            var v = call.Find("name");
            if (v == null || v.IsNull) return LayerCatalog.AutoNamePrefix(call.ClassName);
            if (v.Kind != ArgKind.String || string.IsNullOrEmpty(v.Text))
                throw Wrap(call, new LayerArgs(call, Name).Invalid("name", "a non-empty string", v.ToString(), "pass a name such as name: \"encoder\""));
            return v.Text!;
        }
    }
}
