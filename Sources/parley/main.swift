import ParleyKit
print("parley")
