using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// The names a misspelled option most likely meant (<c>"relux"</c> -> <c>"relu"</c>), for the KD0003 code fix: the
    /// allowed names within a few edits (optimal string alignment: insertions, deletions, substitutions and swaps of two
    /// neighbours, each one edit, case ignored), nearest first; ties go to the name whose case matches what was written,
    /// then to the list's order. "A few" is rustc's rule for its "a similar name exists" suggestions: at most a third of
    /// the length of what was written (at least one edit). A name that differs only in case (<c>"He_Normal"</c>) is the
    /// only one offered. Runs only when a name is refused.
    /// </summary>
    internal static class NearestNames
    {
        /// <summary>How many names a fix offers at most (one code action each).</summary>
        public const int MaxChoices = 3;

        public static IReadOnlyList<string> Find(string value, IEnumerable<string> allowed)
        {
            string lower = value.ToLowerInvariant();
            // Only the case wrong: that name alone (rustc's first rule too).
            foreach (var name in allowed)
                if (name != value && name.ToLowerInvariant() == lower) return new[] { name };
            int maxDistance = Math.Max(value.Length, 3) / 3;
            var found = new List<(int distance, int cased, int order, string name)>();
            int order = 0;
            foreach (var name in allowed)
            {
                order++;
                if (name == value) continue;
                int distance = Distance(lower, name.ToLowerInvariant(), maxDistance);
                // Ties go to the name whose case is also the one written ("zeroes": "zeros" before the class name "Zeros").
                if (distance <= maxDistance) found.Add((distance, Distance(value, name, maxDistance + name.Length), order, name));
            }
            found.Sort((a, b) => a.distance != b.distance ? a.distance.CompareTo(b.distance)
                : a.cased != b.cased ? a.cased.CompareTo(b.cased) : a.order.CompareTo(b.order));
            var result = new List<string>(Math.Min(found.Count, MaxChoices));
            for (int i = 0; i < found.Count && result.Count < MaxChoices; i++)
                if (!result.Contains(found[i].name)) result.Add(found[i].name);
            return result;
        }

        /// <summary>The optimal string alignment distance, or more than <paramref name="max"/> as soon as it must be.</summary>
        public static int Distance(string a, string b, int max)
        {
            if (Math.Abs(a.Length - b.Length) > max) return max + 1;
            var previous2 = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMin = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, previous2[j - 2] + 1);
                    current[j] = d;
                    if (d < rowMin) rowMin = d;
                }
                if (rowMin > max) return max + 1;
                (previous2, previous, current) = (previous, current, previous2);
            }
            return previous[b.Length];
        }
    }
}
