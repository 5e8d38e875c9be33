; Removes the *.dndtracker file type registered at installation.
DeleteRegKey HKCR ".dndtracker"
DeleteRegKey HKCR "DndTracker.Export"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
