import type { Ethnicity } from "@hearth/domain";

/**
 * Common names in England and Wales (ONS baby-name and surname lists, rounded into plain lists), so
 * the county reads like Oxfordshire without being anyone in it. Broad groups only: a name list per
 * census group would be more precise than a demo needs, and more likely to stereotype.
 */
export type NameGroup = "british" | "european" | "south_asian" | "african" | "east_asian";

const girls = {
  british: ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Daisy", "Phoebe", "Millie", "Harper", "Ruby", "Matilda", "Alice", "Jessica", "Chloe", "Sophie", "Lucy", "Holly", "Megan", "Hannah", "Erin", "Maisie", "Imogen", "Esme"],
  european: ["Zofia", "Maja", "Lena", "Julia", "Hanna", "Amelia", "Natalia", "Emilia", "Sara", "Elena"],
  south_asian: ["Aisha", "Maryam", "Fatima", "Zara", "Inaya", "Anaya", "Priya", "Aaliyah", "Hafsa", "Ayesha"],
  african: ["Amara", "Zainab", "Adaeze", "Chioma", "Nia", "Imani", "Esther", "Favour", "Precious", "Abena"],
  east_asian: ["Mei", "Yan", "Lin", "Hui", "Xin", "Ying", "Jia", "Min", "Hana", "Yuna"],
};
const boys = {
  british: ["Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Theo", "Freddie", "Harry", "Archie", "Henry", "Jack", "Alfie", "Charlie", "Finley", "Jacob", "Thomas", "William", "Isaac", "Lucas", "Teddy", "Ethan", "Joshua", "James", "Max", "Samuel", "Daniel", "Reuben", "Harrison", "Joseph", "Toby", "Louie", "Alexander", "Logan", "Edward", "Ollie", "Tommy", "Dylan"],
  european: ["Jakub", "Szymon", "Filip", "Antoni", "Kacper", "Luka", "Matei", "David", "Andrei", "Tomas"],
  south_asian: ["Muhammad", "Ibrahim", "Yusuf", "Zayn", "Ayaan", "Arjun", "Rayan", "Hamza", "Omar", "Aarav"],
  african: ["David", "Daniel", "Samuel", "Kwame", "Chidi", "Emeka", "Tobi", "Joshua", "Kofi", "Elijah"],
  east_asian: ["Wei", "Jun", "Hao", "Ming", "Chen", "Lei", "Kai", "Yu", "Ren", "Bo"],
};
/** Parents' names: a generation older than the children's. */
const women = {
  british: ["Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Hannah", "Amy", "Claire", "Rachel", "Lauren", "Kirsty", "Natalie", "Jennifer", "Katie", "Stacey", "Charlotte", "Nicola", "Victoria", "Louise", "Samantha", "Jade", "Michelle", "Kelly", "Helen", "Zoe", "Lisa", "Danielle", "Leanne", "Jodie", "Kerry"],
  european: ["Anna", "Katarzyna", "Agnieszka", "Monika", "Ioana", "Elena", "Magdalena", "Ewa", "Joanna", "Marta"],
  south_asian: ["Nadia", "Shazia", "Sana", "Samina", "Priya", "Anjali", "Rubina", "Farah", "Nasreen", "Sunita"],
  african: ["Grace", "Blessing", "Joy", "Ngozi", "Funmi", "Patience", "Mercy", "Adwoa", "Yetunde", "Ruth"],
  east_asian: ["Li", "Xiaoling", "Mei", "Jing", "Yan", "Hong", "Fang", "Ling", "Qing", "Na"],
};
const men = {
  british: ["David", "Daniel", "James", "Matthew", "Christopher", "Michael", "Andrew", "Mark", "Richard", "Paul", "Thomas", "Adam", "Robert", "Lee", "Craig", "Stephen", "Ben", "Luke", "Jamie", "Ryan", "Simon", "Gareth", "Scott", "Darren", "Wayne", "Carl", "Ian", "Neil", "Dean", "Jason"],
  european: ["Piotr", "Tomasz", "Krzysztof", "Marcin", "Pawel", "Mihai", "Adrian", "Andrzej", "Lukasz", "Ionut"],
  south_asian: ["Mohammed", "Imran", "Asif", "Tariq", "Rajesh", "Sanjay", "Amir", "Kamran", "Nadeem", "Vikram"],
  african: ["Samuel", "Emmanuel", "Kwame", "Oluwaseun", "Chinedu", "Joseph", "Peter", "Kofi", "Tunde", "Godfrey"],
  east_asian: ["Wei", "Jian", "Ming", "Hao", "Feng", "Jun", "Tao", "Lei", "Bin", "Gang"],
};
const surnames = {
  british: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harris", "Clark", "Lewis", "Edwards", "Hughes", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Harrison", "Morgan", "Allen", "Martin", "Moore", "Lee", "Parker", "Bennett", "Young", "Cook", "Price", "Bell", "Phillips", "Shaw", "Carter", "Mitchell", "Collins", "Murphy", "Bailey", "Cox", "Richardson", "Howard", "Marshall", "Kelly", "Mason", "Webb", "Barnes", "Fisher", "Knight", "Lloyd", "Palmer", "Holmes", "Simpson", "Ellis", "Dixon", "Grant", "Russell", "Gibson"],
  european: ["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Popescu", "Ionescu", "Kazlauskas", "Horvat"],
  south_asian: ["Khan", "Ali", "Hussain", "Ahmed", "Patel", "Shah", "Begum", "Iqbal", "Akhtar", "Singh", "Sharma", "Mahmood"],
  african: ["Okafor", "Adeyemi", "Mensah", "Osei", "Okoro", "Mohamed", "Abdi", "Nwosu", "Boateng", "Adebayo"],
  east_asian: ["Wang", "Li", "Zhang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou"],
};

export const nameLists = { girls, boys, women, men, surnames };

/** Which name list a household of this ethnicity draws from; mixed households draw British names. */
export function nameGroupOf(ethnicity: Ethnicity): NameGroup {
  if (["WOTH", "WROM"].includes(ethnicity)) return "european";
  if (["AIND", "APKN", "ABAN", "AOTH"].includes(ethnicity)) return "south_asian";
  if (["BAFR", "BCRB", "BOTH"].includes(ethnicity)) return ethnicity === "BCRB" ? "british" : "african";
  if (ethnicity === "CHNE") return "east_asian";
  return "british";
}
