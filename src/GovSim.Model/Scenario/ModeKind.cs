namespace GovSim.Model.Scenario;

/// <summary>How departments coordinate. Each value is one mechanism class behind <see cref="Modes.ICoordinationMode"/>.</summary>
public enum ModeKind
{
    /// <summary>Hierarchy: cross-department work is escalated to the common leader, who issues a directive.</summary>
    Administrative,

    /// <summary>Contract-net: providers (departments with capacity, licensed agencies) bid time and price; the best bid wins.</summary>
    Market,

    /// <summary>Peers: a direct request, accepted by trust, load and push; refusals lower trust; repeated refusal falls back to hierarchy.</summary>
    Network,

    /// <summary>A digital platform: one window, data sharing, parallel dispatch, SLA timers; outages and data errors force a manual fallback.</summary>
    Cyborg,

    /// <summary>A mix: each coordination decision draws one of the four by weight.</summary>
    Mosaic,
}
