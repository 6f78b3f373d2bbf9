/**
 * The simulator's built-in gift catalog: real TikTok gift ids, names, diamond
 * costs and types (from TikTok's public gift list of January 2024). Type 1 is
 * streakable (sent as a combo); the others arrive as single gifts.
 */
export interface CatalogGift {
  id: number;
  name: string;
  diamondCount: number;
  /** 1 streakable, 2 or 4 single. */
  type: number;
}

export const GIFT_CATALOG: readonly CatalogGift[] = [
  { id: 9639, name: "2024", diamondCount: 1, type: 1 },
  { id: 6064, name: "GG", diamondCount: 1, type: 1 },
  { id: 5827, name: "Ice Cream Cone", diamondCount: 1, type: 1 },
  { id: 5655, name: "Rose", diamondCount: 1, type: 1 },
  { id: 5269, name: "TikTok", diamondCount: 1, type: 1 },
  { id: 5487, name: "Finger Heart", diamondCount: 5, type: 1 },
  { id: 8913, name: "Rosa", diamondCount: 10, type: 1 },
  { id: 5658, name: "Perfume", diamondCount: 20, type: 1 },
  { id: 5879, name: "Doughnut", diamondCount: 30, type: 1 },
  { id: 8130, name: "Like-Pop", diamondCount: 99, type: 1 },
  { id: 5480, name: "Heart", diamondCount: 10, type: 1 },
  { id: 5479, name: "Coffee", diamondCount: 1, type: 1 },
  { id: 6246, name: "Thumbs Up", diamondCount: 1, type: 1 },
  { id: 6784, name: "Cake Slice", diamondCount: 1, type: 1 },
  { id: 6788, name: "Glow Stick", diamondCount: 1, type: 1 },
  { id: 8243, name: "Cheer You Up", diamondCount: 9, type: 1 },
  { id: 9139, name: "Team Bracelet", diamondCount: 2, type: 1 },
  { id: 6890, name: "Love you", diamondCount: 1, type: 2 },
  { id: 7934, name: "Heart Me", diamondCount: 1, type: 4 },
  { id: 5659, name: "Paper Crane", diamondCount: 99, type: 2 },
  { id: 6097, name: "Little Crown", diamondCount: 99, type: 4 },
  { id: 6104, name: "Cap", diamondCount: 99, type: 4 },
  { id: 6427, name: "Hat and Mustache", diamondCount: 99, type: 4 },
  { id: 6432, name: "Star", diamondCount: 99, type: 4 },
  { id: 5585, name: "Confetti", diamondCount: 100, type: 2 },
  { id: 5660, name: "Hand Hearts", diamondCount: 100, type: 2 },
  { id: 7121, name: "Marvelous Confetti", diamondCount: 100, type: 2 },
  { id: 5509, name: "Sunglasses", diamondCount: 199, type: 4 },
  { id: 5586, name: "Hearts", diamondCount: 199, type: 4 },
  { id: 5880, name: "Lock and Key", diamondCount: 199, type: 2 },
  { id: 6437, name: "Garland Headpiece", diamondCount: 199, type: 4 },
  { id: 6671, name: "Love You", diamondCount: 199, type: 2 },
  { id: 6713, name: "Cheer For You", diamondCount: 199, type: 2 },
  { id: 5482, name: "Shiba Inu", diamondCount: 222, type: 2 },
  { id: 9640, name: "2024 Glasses", diamondCount: 224, type: 4 },
  { id: 9643, name: "2024 JoyLens", diamondCount: 224, type: 4 },
  { id: 6007, name: "Boxing Gloves", diamondCount: 299, type: 2 },
  { id: 6265, name: "Duck", diamondCount: 299, type: 2 },
  { id: 6267, name: "Corgi", diamondCount: 299, type: 2 },
  { id: 9465, name: "Fruit Friends", diamondCount: 299, type: 2 },
  { id: 8914, name: "Forever Rosa", diamondCount: 399, type: 2 },
  { id: 5731, name: "Coral", diamondCount: 499, type: 2 },
  { id: 8244, name: "Hands Up", diamondCount: 499, type: 2 },
  { id: 7168, name: "Money Gun", diamondCount: 500, type: 2 },
  { id: 7122, name: "Gem Gun", diamondCount: 500, type: 2 },
  { id: 5897, name: "Swan", diamondCount: 699, type: 2 },
  { id: 5978, name: "Train", diamondCount: 899, type: 2 },
  { id: 6233, name: "Travel with You", diamondCount: 999, type: 2 },
];
