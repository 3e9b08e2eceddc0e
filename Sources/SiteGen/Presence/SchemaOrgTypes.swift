/// The schema.org types a business can declare as `type:` in `site.yml`:
/// LocalBusiness and its subtypes (for which Google requires a name and an
/// address), and organisations without premises.
enum SchemaOrgTypes {
    static func isKnown(_ type: String) -> Bool {
        localBusinesses.contains(type) || organisations.contains(type)
    }

    static func isLocalBusiness(_ type: String) -> Bool {
        localBusinesses.contains(type)
    }

    static let organisations: Set<String> = [
        "Organization", "Airline", "Consortium", "Corporation", "EducationalOrganization", "CollegeOrUniversity",
        "ElementarySchool", "HighSchool", "MiddleSchool", "Preschool", "School", "FundingScheme", "GovernmentOrganization",
        "LibrarySystem", "MedicalOrganization", "NGO", "NewsMediaOrganization", "OnlineBusiness", "OnlineStore",
        "PerformingGroup", "DanceGroup", "MusicGroup", "TheaterGroup", "PoliticalParty", "Project", "ResearchOrganization",
        "SearchRescueOrganization", "SportsOrganization", "SportsTeam", "WorkersUnion", "Cooperative",
    ]

    static let localBusinesses: Set<String> = [
        "LocalBusiness", "AnimalShelter", "ArchiveOrganization", "AutomotiveBusiness", "AutoBodyShop", "AutoDealer",
        "AutoPartsStore", "AutoRental", "AutoRepair", "AutoWash", "GasStation", "MotorcycleDealer", "MotorcycleRepair",
        "ChildCare", "Dentist", "DryCleaningOrLaundry", "EmergencyService", "FireStation", "Hospital", "PoliceStation",
        "EmploymentAgency", "EntertainmentBusiness", "AdultEntertainment", "AmusementPark", "ArtGallery", "Casino",
        "ComedyClub", "MovieTheater", "NightClub", "FinancialService", "AccountingService", "AutomatedTeller",
        "BankOrCreditUnion", "InsuranceAgency", "FoodEstablishment", "Bakery", "BarOrPub", "Brewery", "CafeOrCoffeeShop",
        "Distillery", "FastFoodRestaurant", "IceCreamShop", "Restaurant", "Winery", "GovernmentOffice", "PostOffice",
        "HealthAndBeautyBusiness", "BeautySalon", "DaySpa", "HairSalon", "HealthClub", "NailSalon", "TattooParlor",
        "HomeAndConstructionBusiness", "Electrician", "GeneralContractor", "HVACBusiness", "HousePainter", "Locksmith",
        "MovingCompany", "Plumber", "RoofingContractor", "InternetCafe", "LegalService", "Attorney", "Notary", "Library",
        "LodgingBusiness", "BedAndBreakfast", "Campground", "Hostel", "Hotel", "Motel", "Resort", "VacationRental",
        "MedicalBusiness", "CommunityHealth", "Dermatology", "DietNutrition", "Gynecologic", "MedicalClinic", "Midwifery",
        "Nursing", "Obstetric", "Oncologic", "Optician", "Optometric", "Otolaryngologic", "Pediatric", "Pharmacy",
        "Physician", "Physiotherapy", "PlasticSurgery", "Podiatric", "PrimaryCare", "Psychiatric", "PublicHealth",
        "ProfessionalService", "RadioStation", "RealEstateAgent", "RecyclingCenter", "SelfStorage", "ShoppingCenter",
        "SportsActivityLocation", "BowlingAlley", "ExerciseGym", "GolfCourse", "PublicSwimmingPool", "SkiResort",
        "SportsClub", "StadiumOrArena", "TennisComplex", "Store", "BikeStore", "BookStore", "ClothingStore",
        "ComputerStore", "ConvenienceStore", "DepartmentStore", "ElectronicsStore", "Florist", "FurnitureStore",
        "GardenStore", "GroceryStore", "HardwareStore", "HobbyShop", "HomeGoodsStore", "JewelryStore", "LiquorStore",
        "MensClothingStore", "MobilePhoneStore", "MovieRentalStore", "MusicStore", "OfficeEquipmentStore", "OutletStore",
        "PawnShop", "PetStore", "ShoeStore", "SportingGoodsStore", "TireShop", "ToyStore", "WholesaleStore",
        "TelevisionStation", "TouristInformationCenter", "TravelAgency", "VeterinaryCare",
    ]
}
