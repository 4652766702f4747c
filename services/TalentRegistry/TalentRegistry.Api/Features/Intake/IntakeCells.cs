namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Counts per cell key in parallel arrays (scanned without indirection), with a dictionary to find a key.</summary>
internal sealed class IntakeCells
{
    private readonly Dictionary<long, int> _index = [];

    public long[] Keys { get; private set; } = new long[1024];
    public int[] Counts { get; private set; } = new int[1024];
    public int Count { get; private set; }

    /// <summary>Adds one to the key's cell; returns the cell's position when the key is new.</summary>
    public int? Increment(long key)
    {
        if (_index.TryGetValue(key, out var position))
        {
            Counts[position]++;
            return null;
        }

        if (Count == Keys.Length)
        {
            var keys = Keys;
            var counts = Counts;
            Array.Resize(ref keys, keys.Length * 2);
            Array.Resize(ref counts, counts.Length * 2);
            Keys = keys;
            Counts = counts;
        }

        Keys[Count] = key;
        Counts[Count] = 1;
        _index[key] = Count;
        return Count++;
    }
}
