namespace TalentPortal.Portal.Resources;

/// <summary>Marker for the portal's texts: PortalText.resx holds zh-CN (the neutral language), PortalText.en.resx English.</summary>
public sealed class PortalText;
