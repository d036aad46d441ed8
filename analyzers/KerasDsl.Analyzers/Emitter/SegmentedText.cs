using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// A generated file as the strings it is made of, in order, without copying them into one: most of a file is
    /// the summary table (7 doc comments and the Text literal), and those pieces are shared by every file and
    /// build of the same model (<see cref="TableTexts"/>). One string per file was the generator's main garbage,
    /// ~30 KB per model. The compiler reads a source text through <see cref="CopyTo"/> and the indexer; the
    /// content, and so the checksum and the parse, are those of the concatenation.
    /// </summary>
    internal sealed class SegmentedText : SourceText
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

        private readonly string[] segments;

        /// <summary>Where each segment starts in the text.</summary>
        private readonly int[] starts;

        public SegmentedText(string[] segments)
        {
            this.segments = segments;
            starts = new int[segments.Length];
            int length = 0;
            for (int i = 0; i < segments.Length; i++)
            {
                starts[i] = length;
                length = checked(length + segments[i].Length);
            }
            Length = length;
        }

        /// <summary>UTF-8, as <c>SourceText.From(text, Encoding.UTF8)</c> gave: the encoding a generated source must have.</summary>
        public override Encoding Encoding => Utf8;

        public override int Length { get; }

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(position));
                int i = SegmentAt(position);
                return segments[i][position - starts[i]];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException(nameof(destination));
            if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentOutOfRangeException(nameof(destinationIndex));
            for (int i = count == 0 ? segments.Length : SegmentAt(sourceIndex); count > 0; i++)
            {
                int offset = sourceIndex - starts[i];
                int n = Math.Min(count, segments[i].Length - offset);
                segments[i].CopyTo(offset, destination, destinationIndex, n);
                sourceIndex += n;
                destinationIndex += n;
                count -= n;
            }
        }

        /// <summary>The last segment starting at or before <paramref name="position"/> that is not empty.</summary>
        private int SegmentAt(int position)
        {
            int i = Array.BinarySearch(starts, position);
            if (i < 0) i = ~i - 1;
            // Several segments can start at the same position when some are empty: take the one holding it.
            while (i < segments.Length - 1 && position - starts[i] >= segments[i].Length) i++;
            return i;
        }
    }
}
