namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Huzhou's emerging industry chains.</summary>
public enum IndustryChain
{
    NewEnergyVehicles,
    Semiconductors,
    LithiumBatteries,
    CncIntelligentEquipment,
    Biomedicine,
    DigitalEconomy,
    GreenHomeFurnishing,
    NewMaterials,
}
