namespace Sniffer.Lab;

/// <summary>
/// The state of the lab's coffee pots (pot-0 and pot-1): idle, or brewing with additions, and whether milk is
/// being poured (until a WHEN). Safe to use from several connections at once.
/// </summary>
public sealed class CoffeePot
{
    public static readonly IReadOnlyList<string> PotNames = ["pot-0", "pot-1"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (bool Brewing, List<string> Additions, bool Pouring)> _pots = [];

    public CoffeePot()
    {
        foreach (string name in PotNames)
            _pots[name] = (false, [], false);
    }

    public bool Exists(string pot) => _pots.ContainsKey(pot);

    public void Start(string pot, List<string> additions)
    {
        lock (_gate)
            _pots[pot] = (true, additions, CoffeeAdditions.HasMilk(additions));
    }

    public void Stop(string pot)
    {
        lock (_gate)
            _pots[pot] = (false, [], false);
    }

    /// <summary>Stops the milk; true when some was being poured.</summary>
    public bool SayWhen(string pot)
    {
        lock (_gate)
        {
            var state = _pots[pot];
            _pots[pot] = state with { Pouring = false };
            return state.Pouring;
        }
    }

    /// <summary>One line saying what the pot is doing, with no colon in it (a coffee pot's reply body must not look like a header).</summary>
    public string Describe(string pot)
    {
        lock (_gate)
        {
            var state = _pots[pot];
            if (!state.Brewing)
                return $"{pot} is idle and ready to brew";
            string with = state.Additions.Count == 0 ? "black" : "with " + string.Join(" and ", state.Additions);
            return $"{pot} is brewing coffee {with}{(state.Pouring ? ", milk pouring" : "")}";
        }
    }
}
